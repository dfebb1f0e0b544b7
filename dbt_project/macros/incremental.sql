{#-
    Incremental builds (issue 15): models that carry per-document or per-project rows recompute only
    what changed since the last build of the same build file.

    - The first level (int_documents_pivoted) compares the current ok documents with its own rows:
      a new or changed document (a changed file is a new document_id) is built, a document that is
      no longer current (changed, removed, rejected) is deleted.
    - Every intermediate row carries `dbt_invocation_id`, the dbt invocation that last wrote it;
      a downstream model rebuilds the keys its upstream wrote in this invocation
      (`written_in_this_run`) and deletes the keys its upstream no longer has
      (`delete_rows_absent_from`, a post-hook).
    - Project linking works within a group (city + title, …): a changed document makes its whole
      group (before and after the change) be linked again, and every project of those groups be
      merged again (int_projects_linked).

    The pipeline runs `dbt build --full-refresh` when the previous build did not complete, or the
    registry, the dbt project, the suites or the extractor changed (orchestration/assets/dbt.py):
    an incremental build always starts from a complete, consistent build.
-#}

{% macro this_run() -%}
    '{{ invocation_id }}'
{%- endmacro %}

{% macro written_in_this_run(alias=none) -%}
    {{ (alias ~ '.') if alias else '' }}dbt_invocation_id = {{ this_run() }}
{%- endmacro %}

{% macro delete_rows_absent_from(key, upstream, upstream_key=none, upstream_where=none) -%}
    {#- post-hook: rows whose key the upstream no longer holds (NOT IN over non-null keys only) -#}
    delete from {{ this }}
    where {{ key }} is not null
      and {{ key }} not in (
        select {{ upstream_key or key }}
        from {{ upstream }}
        where {{ upstream_key or key }} is not null
        {%- if upstream_where %} and ({{ upstream_where }}){% endif %}
    )
{%- endmacro %}
