{#-
    dbt's data tests on the slice (issue 15): in an incremental build, a per-row test of an
    incremental model reads only the rows this build wrote; in a full build (`--full-refresh`,
    which the pipeline runs whenever the dbt project, registry, suites or extractor changed or the
    last build did not complete) every test reads every row.

    Why that keeps each test's protection: a per-row test (not_null, accepted_values,
    expression_is_true, ...) passes or fails row by row, from the row's own values. A row an
    incremental build did not write is the row an earlier build wrote and tested, and neither its
    values nor the test changed since (a changed test, model, seed or macro changes `inputs_digest`
    and forces a full build, whose tests read everything). So the unchanged rows need no new test.

    Set-wide tests (unique, relationships) and every test of a model that is rebuilt whole (seeds,
    staging views over the raw tables, dim_*, mart_city_comparison) keep reading whole tables: a
    row they did not write can collide with, or lose the parent of, a row they did.

    dbt wraps the `model` argument of every generic test in `get_where_subquery` (the test's own
    `where` config); this project's version adds the slice to the per-row tests below. A model's
    `model_checks` test (tests/generic/model_checks.sql) holds rules of both kinds: it gets its
    model whole and applies `slice_predicate` to its per-row rules itself. The list is in
    dbt_project/README.md.
-#}

{% macro sliced_tests() -%}
    {#- the generic tests whose verdict on a row depends on that row alone -#}
    {{ return(['not_null', 'accepted_values', 'expression_is_true', 'share_between_0_and_1',
               'budget_identity', 'end_not_before_start', 'breakdown_sums_to_total']) }}
{%- endmacro %}

{% macro slice_predicate(relation) -%}
    {#- The rows of `relation` (a model) written in this dbt invocation (a superset is safe), as
        a predicate on the model's own columns; none when the model is not sliced. Intermediate
        rows carry dbt_invocation_id; a mart's rows are those of the keys its upstream wrote
        in this invocation (the same selection as the mart's own incremental filter). -#}
    {#- the intermediate models' relations from dbt's graph (not ref(): the tests' declared
        dependencies stay those of their YAML) -#}
    {%- set upstream = {} -%}
    {%- set names = ['int_projects_linked', 'int_projects_enriched', 'int_instruments_categorised',
                     'int_participant_groups_categorised'] -%}
    {%- for node in graph.nodes.values() -%}
        {%- if node.resource_type == 'model' and node.package_name == 'integra' and node.name in names -%}
            {%- do upstream.update({node.name: api.Relation.create(
                    database=node.database, schema=node.schema, identifier=node.alias)}) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- set written = "dbt_invocation_id = '" ~ invocation_id ~ "'" -%}
    {%- set of = {
        'int_documents_pivoted': written,
        'int_documents_programmes_matched': written,
        'int_projects_linked': written,
        'int_projects_enriched': written,
        'int_instruments_categorised': written,
        'int_participant_groups_categorised': written,
        'fct_projects': "project_id in (select project_id from " ~ upstream['int_projects_enriched'] ~ " where " ~ written ~ ")",
        'fct_project_editions': "project_id in (select project_id from " ~ upstream['int_projects_enriched'] ~ " where " ~ written ~ ")",
        'fct_fact_evidence': "document_id in (select document_id from " ~ upstream['int_projects_linked'] ~ " where " ~ written ~ ")",
        'fct_instruments': "document_id in (select project_scope_id from " ~ upstream['int_instruments_categorised'] ~ " where " ~ written ~ ")",
        'fct_participant_groups': "document_id in (select project_scope_id from " ~ upstream['int_participant_groups_categorised'] ~ " where " ~ written ~ ")",
        'fct_documents': "(document_id in (select document_id from " ~ upstream['int_projects_enriched'] ~ " where " ~ written ~ ")"
                         ~ " or document_id not in (select document_id from " ~ upstream['int_projects_enriched'] ~ "))",
    } -%}
    {{ return(of.get(relation.identifier)) }}
{%- endmacro %}

{% macro tests_read_the_slice() -%}
    {#- true in an incremental `dbt build` (no --full-refresh, no `--vars '{tests_on_whole_tables:
        true}'`): the models and their tests run in the same invocation. `dbt test` on its own
        (the models written by an earlier invocation) reads whole tables. -#}
    {{ return(flags.WHICH == 'build' and not flags.FULL_REFRESH
              and not var('tests_on_whole_tables', false)) }}
{%- endmacro %}

{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- set test_name = (model.get('test_metadata') or {}).get('name') -%}
    {%- set slice = none -%}
    {%- if execute and test_name in sliced_tests() and tests_read_the_slice() -%}
        {%- set slice = slice_predicate(relation) -%}
    {%- endif -%}
    {%- set conditions = [] -%}
    {%- if where %}{% do conditions.append('(' ~ where ~ ')') %}{% endif -%}
    {%- if slice %}{% do conditions.append(slice) %}{% endif -%}
    {%- if conditions -%}
        {%- set filtered -%}
            (select * from {{ relation }} where {{ conditions | join(' and ') }}) dbt_subquery
        {%- endset -%}
        {{ return(filtered) }}
    {%- else -%}
        {{ return(relation) }}
    {%- endif -%}
{%- endmacro %}
