"""The extraction record's keys (the contract's order): light, so that code which only needs the
keys (ingestion in the refresh's own process) does not import the extractor's rules (~1 CPU s of
compiled patterns that only the extraction workers use)."""

FIELDS = (
    "source_file",
    "sha256",
    "status",
    "problems",
    "city",
    "voivodeship",
    "implementer",
    "title",
    "programme",
    "programme_period",
    "priority_axis",
    "measure",
    "submeasure",
    "project_type",
    "total_cost_pln",
    "total_cost_qualifier",
    "eu_cofinancing_pln",
    "own_contribution_pln",
    "contract_date",
    "start_date",
    "end_date",
    "participants_planned",
    "participants_planned_breakdown",
    "participants_actual",
    "participants_completed",
    "social_effectiveness_pct",
    "employment_effectiveness_pct",
    "social_effectiveness_basis",
    "employment_effectiveness_basis",
    "instruments",
    "evidence",
)
SCALAR_FIELDS = tuple(
    f
    for f in FIELDS
    if f
    not in {
        "source_file",
        "sha256",
        "status",
        "problems",
        "participants_planned_breakdown",
        "instruments",
        "evidence",
    }
)
