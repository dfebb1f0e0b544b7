{#-
    Budget identity: total = EU co-financing + own contribution, within `tolerance` PLN (0,01 zł),
    checked only where all three amounts are stated in the document (own contribution not derived)
    and the total is exact. A failure is a contradiction inside a source document: severity warn
    (contradictions are published with a warning, see the extractor's `problems`).
-#}
{% test budget_identity(model, total_column='total_cost_pln', eu_column='eu_cofinancing_pln',
                        own_column='own_contribution_pln', derived_column='own_contribution_is_derived',
                        qualifier_column='total_cost_qualifier', tolerance=0.01) %}
{{ config(severity='warn') }}
select *
from {{ model }}
where {{ total_column }} is not null
  and {{ eu_column }} is not null
  and {{ own_column }} is not null
  and not coalesce({{ derived_column }}, false)
  and coalesce({{ qualifier_column }}, 'exact') = 'exact'
  and abs({{ total_column }} - {{ eu_column }} - {{ own_column }}) > {{ tolerance }}
{% endtest %}
