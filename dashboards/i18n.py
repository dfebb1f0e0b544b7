"""Every label the site shows, in Polish (default) and English."""

from __future__ import annotations

PAGES: tuple[tuple[str, dict[str, str]], ...] = (
    ("index.html", {"pl": "Przegląd", "en": "Overview"}),
    ("cities.html", {"pl": "Porównanie miast", "en": "Compare cities"}),
    ("timeline.html", {"pl": "Oś czasu", "en": "Timeline"}),
    ("participants.html", {"pl": "Uczestnicy", "en": "Participants"}),
    ("instruments.html", {"pl": "Instrumenty", "en": "Instruments"}),
    ("quality.html", {"pl": "Jakość danych", "en": "Data quality"}),
    ("methodology.html", {"pl": "Jak liczymy", "en": "How we count"}),
)

#: The "Jak liczymy" page: (heading, paragraph) pairs, Polish and English in step.
METHODOLOGY: dict[str, list[tuple[str, str]]] = {
    "pl": [
        (
            "Jeden projekt to jeden wiersz",
            "Dokumenty (plany, strony projektów, zapowiedzi, informacje końcowe, plany kolejnych edycji) "
            "łączymy w projekty według miasta, tytułu, nakładających się okresów realizacji i numeru "
            "projektu. Ten sam tytuł w innym okresie to inny projekt. Tabela fct_projects ma jeden wiersz "
            "na projekt, fct_project_editions — jeden na roczną edycję, fct_documents — jeden na wersję "
            "dokumentu.",
        ),
        (
            "Pierwszeństwo źródeł",
            "Dla każdej liczby projektu podajemy, z którego dokumentu pochodzi. Kwota całego projektu ma "
            "pierwszeństwo przed sumą edycji; suma edycji jest tylko oznaczonym zastępstwem. Liczba "
            "faktycznych uczestników pochodzi najpierw z informacji końcowej, planowanych — z planu.",
        ),
        (
            "Jedna podstawa dla każdej liczby",
            "Kafelki i wykresy sumują tylko kwoty całych projektów. Uczestników planowanych i faktycznych "
            "nigdy nie dodajemy do siebie; koszt na uczestnika planowanego i na faktycznego to dwie osobne "
            "miary. Przy każdej liczbie podajemy n — liczbę projektów, z których ją policzono.",
        ),
        (
            "Dolne granice",
            "Kwota podana jako „ponad 10 mln zł” zostaje dolną granicą: nie liczymy z niej udziałów ani "
            "kosztów na uczestnika, a suma, która ją zawiera, ma znak „≥”.",
        ),
        (
            "Porównanie miast",
            "Miasta porównujemy w ramach jednego okresu programowania: sumy, kwoty na mieszkańca (ludność "
            "z rejestru miast) i koszt na rok realizacji projektu.",
        ),
        (
            "Ceny stałe i euro",
            "Kwoty w cenach stałych 2024 r. przeliczamy wskaźnikiem cen GUS od roku rozpoczęcia projektu; "
            "w euro — po średnim kursie EBC z roku rozpoczęcia. Bez daty rozpoczęcia nie przeliczamy.",
        ),
        (
            "Daty i efektywność",
            "Datę pokazujemy tak dokładnie, jak podaje ją dokument: „2008–2013”, gdy znane są tylko lata. "
            "Efektywność społeczna i zatrudnieniowa jest oznaczona jako cel („nie mniejsza niż”) albo "
            "wynik osiągnięty.",
        ),
    ],
    "en": [
        (
            "One project, one row",
            "Documents (plans, project pages, announcements, final reports, plans of later editions) are "
            "linked into projects by city, title, overlapping periods and project number. The same title in "
            "another period is another project. fct_projects has one row per project, "
            "fct_project_editions one per yearly edition, fct_documents one per document version.",
        ),
        (
            "Which source comes first",
            "Every project figure names the document it comes from. A whole-project amount comes before a "
            "sum of editions; a sum of editions is only a flagged fallback. Actual participants come from "
            "the final report first, planned ones from the plan.",
        ),
        (
            "One basis per figure",
            "Tiles and charts add whole-project amounts only. Planned and actual participants are never "
            "added together; cost per planned and per actual participant are separate measures. Every "
            "figure shows n, the number of projects it is computed from.",
        ),
        (
            "Lower bounds",
            "An amount stated as “more than PLN 10 m” stays a lower bound: no shares or costs per "
            "participant are computed from it, and a sum that includes it is shown with “≥”.",
        ),
        (
            "Comparing cities",
            "Cities are compared within one programming period: sums, amounts per inhabitant (population "
            "from the city registry) and cost per project-year.",
        ),
        (
            "Constant prices and euro",
            "Constant 2024 prices use the GUS price index from the project's start year; euro amounts the "
            "ECB mean rate of the start year. Without a start date there is no conversion.",
        ),
        (
            "Dates and effectiveness",
            "Dates are shown as precisely as the document states them: “2008–2013” when only years are "
            "known. Social and employment effectiveness are labelled as a target (“at least”) or an "
            "achieved result.",
        ),
    ],
}

T: dict[str, dict[str, str]] = {
    "site_name": {"pl": "Integra", "en": "Integra"},
    "site_tagline": {
        "pl": "Projekty włączenia społecznego miejskich ośrodków pomocy współfinansowane z UE",
        "en": "EU co-financed social-inclusion projects of city welfare centres",
    },
    "other_lang": {"pl": "English", "en": "Polski"},
    "published": {"pl": "Dane opublikowane", "en": "Data published"},
    "version": {"pl": "wersja", "en": "version"},
    "no_publication": {"pl": "brak metadanych publikacji", "en": "no publication metadata"},
    "footer": {
        "pl": "Strona wygenerowana z opublikowanych tabel hurtowni Integra; działa bez internetu.",
        "en": "Generated from the published Integra marts; works without internet.",
    },
    # overview
    "tile_projects": {"pl": "Projekty", "en": "Projects"},
    "tile_projects_note": {
        "pl": "Liczba projektów (jeden wiersz na projekt); opisuje je {scopes} dokumentów.",
        "en": "Number of projects (one row per project); {scopes} documents describe them.",
    },
    "tile_total_note": {
        "pl": "Podstawa: koszt całego projektu podany w dokumencie; n = {n} projektów.",
        "en": "Basis: the whole-project total stated in a document; n = {n} projects.",
    },
    "tile_eu_note": {
        "pl": "Podstawa: dofinansowanie całego projektu; n = {n} projektów.",
        "en": "Basis: whole-project EU co-financing; n = {n} projects.",
    },
    "tile_share": {"pl": "Udział UE (ważony)", "en": "EU share (weighted)"},
    "tile_share_note": {
        "pl": "Podstawa: dofinansowanie / dokładny koszt całego projektu, oba na tej samej podstawie; n = {n} projektów.",
        "en": "Basis: EU co-financing / exact whole-project total, both on the same basis; n = {n} projects.",
    },
    "tile_planned_title": {"pl": "Uczestnicy planowani", "en": "Planned participants"},
    "tile_actual_title": {"pl": "Uczestnicy faktyczni", "en": "Actual participants"},
    "tile_planned_note": {
        "pl": "Podstawa: plan całego projektu; n = {n} projektów. Nie dodajemy do faktycznych.",
        "en": "Basis: whole-project plan; n = {n} projects. Never added to actual counts.",
    },
    "tile_actual_note": {
        "pl": "Podstawa: faktyczna liczba dla całego projektu (najpierw z informacji końcowej); n = {n} projektów.",
        "en": "Basis: whole-project actual count (the final report first); n = {n} projects.",
    },
    "tile_total": {"pl": "Łączny budżet", "en": "Total budget"},
    "tile_eu": {"pl": "Dofinansowanie UE", "en": "EU co-financing"},
    "tile_participants": {"pl": "Uczestnicy", "en": "Participants"},
    "tile_planned": {"pl": "planowani", "en": "planned"},
    "tile_actual": {"pl": "faktyczni", "en": "actual"},
    "tile_sum_note": {
        "pl": "Suma po projektach: kwota całego projektu, a gdy jej brak — suma edycji. "
        "Podana w {n} projektach.",
        "en": "Sum over projects: the whole-project figure, else the sum of its editions. "
        "Stated for {n} projects.",
    },
    "tile_lower_bound": {
        "pl": "Zawiera kwoty podane jako „ponad” (projektów: {n}) — suma jest dolną granicą (≥).",
        "en": "Includes {n} amounts stated as “more than”: the sum is a lower bound (≥).",
    },
    "projects_table": {"pl": "Projekty", "en": "Projects"},
    "filter": {"pl": "Szukaj", "en": "Search"},
    "filter_placeholder": {"pl": "tytuł, realizator, miasto…", "en": "title, implementer, city…"},
    "all_cities": {"pl": "wszystkie miasta", "en": "all cities"},
    "all_periods": {"pl": "wszystkie okresy", "en": "all periods"},
    "prev": {"pl": "‹ poprzednia", "en": "‹ previous"},
    "next": {"pl": "następna ›", "en": "next ›"},
    "page_of": {
        "pl": "strona {page} z {pages}, {rows} wierszy",
        "en": "page {page} of {pages}, {rows} rows",
    },
    "loading": {"pl": "Wczytywanie danych…", "en": "Loading data…"},
    "no_rows": {"pl": "Brak projektów spełniających kryteria.", "en": "No projects match."},
    "sort_hint": {
        "pl": "Kliknij nagłówek kolumny, aby posortować.",
        "en": "Click a column header to sort.",
    },
    "noscript": {
        "pl": "Tabela wymaga włączonego JavaScriptu. Strony projektów są dostępne w katalogu projects/.",
        "en": "The table needs JavaScript. Project pages are in the projects/ folder.",
    },
    # columns
    "col_title": {"pl": "Tytuł", "en": "Title"},
    "col_city": {"pl": "Miasto", "en": "City"},
    "col_period": {"pl": "Okres programowania", "en": "Programming period"},
    "col_period_short": {"pl": "Okres UE", "en": "EU period"},
    "col_kind": {"pl": "Dokument", "en": "Document"},
    "col_start": {"pl": "Początek", "en": "Start"},
    "col_end": {"pl": "Koniec", "en": "End"},
    "col_total": {"pl": "Koszt całkowity", "en": "Total cost"},
    "col_eu": {"pl": "Dofinansowanie UE", "en": "EU co-financing"},
    "col_share": {"pl": "Udział UE", "en": "EU share"},
    "col_planned": {"pl": "Uczestnicy plan.", "en": "Planned part."},
    "col_actual": {"pl": "Uczestnicy fakt.", "en": "Actual part."},
    "col_projects": {"pl": "Projekty", "en": "Projects"},
    "col_cost_pp": {
        "pl": "Mediana kosztu na uczestnika planowanego",
        "en": "Median cost per planned participant",
    },
    "col_cost_pp_actual": {
        "pl": "Mediana kosztu na uczestnika faktycznego",
        "en": "Median cost per actual participant",
    },
    "col_cost_pp_const": {
        "pl": "Mediana kosztu na uczestnika planowanego (ceny 2024)",
        "en": "Median cost per planned participant (2024 prices)",
    },
    "col_per_capita": {"pl": "Koszt na mieszkańca", "en": "Cost per inhabitant"},
    "col_per_year": {"pl": "Koszt na rok projektu", "en": "Cost per project-year"},
    # cities
    "cities_intro": {
        "pl": "Porównanie miast w ramach okresu programowania. Każda wartość ma jedną podstawę: "
        "kwoty całych projektów (dokładne; kwoty „ponad” osobno), uczestnicy planowani i faktyczni "
        "osobno. Liczba przy słupku (n) to liczba projektów, z których policzono wartość.",
        "en": "Cities compared within a programming period. Each figure has one basis: whole-project "
        "amounts (exact; “more than” amounts apart), planned and actual participants apart. The "
        "number on a bar (n) is the number of projects the figure is computed from.",
    },
    "chart_per_capita": {
        "pl": "Koszt całych projektów na mieszkańca (dokładne kwoty)",
        "en": "Whole-project cost per inhabitant (exact totals)",
    },
    "axis_per_capita": {"pl": "Koszt na mieszkańca [zł]", "en": "Cost per inhabitant [PLN]"},
    "chart_per_year": {
        "pl": "Koszt na rok realizacji projektu (dokładne kwoty)",
        "en": "Cost per project-year (exact totals)",
    },
    "axis_per_year": {"pl": "Koszt na rok projektu [zł]", "en": "Cost per project-year [PLN]"},
    "chart_cpp_actual": {
        "pl": "Koszt na uczestnika faktycznego (mediana)",
        "en": "Cost per actual participant (median)",
    },
    "axis_cpp_actual": {
        "pl": "Koszt na uczestnika faktycznego [zł]",
        "en": "Cost per actual participant [PLN]",
    },
    "chart_total": {
        "pl": "Koszt całkowity projektów (dokładne kwoty całych projektów)",
        "en": "Total cost of projects (exact whole-project totals)",
    },
    "axis_total": {"pl": "Koszt całkowity [mln zł]", "en": "Total cost [PLN m]"},
    "chart_share": {"pl": "Udział dofinansowania UE", "en": "EU co-financing share"},
    "axis_share": {"pl": "Udział UE w koszcie [%]", "en": "EU share of cost [%]"},
    "chart_cpp": {
        "pl": "Koszt na uczestnika planowanego (mediana, ceny bieżące)",
        "en": "Cost per planned participant (median, current prices)",
    },
    "axis_cpp": {
        "pl": "Koszt na uczestnika planowanego [zł]",
        "en": "Cost per planned participant [PLN]",
    },
    "chart_cpp_const": {
        "pl": "Koszt na uczestnika planowanego (mediana, ceny stałe 2024)",
        "en": "Cost per planned participant (median, constant 2024 prices)",
    },
    "axis_cpp_const": {
        "pl": "Koszt na uczestnika [zł, ceny 2024]",
        "en": "Cost per participant [PLN, 2024 prices]",
    },
    "axis_city": {"pl": "Miasto", "en": "City"},
    "legend_period": {"pl": "Okres programowania", "en": "Programming period"},
    "n_projects": {
        "pl": "W nawiasach: liczba projektów, z których policzono wartość.",
        "en": "In brackets: the number of projects the figure is computed from.",
    },
    "no_period": {"pl": "nieustalony", "en": "unknown"},
    "cities_table": {"pl": "Tabela danych", "en": "Data table"},
    # timeline
    "timeline_intro": {
        "pl": "Okres realizacji każdego projektu (jeden pasek na projekt, nie na dokument) na tle "
        "okresów programowania UE (pasy: okres kwalifikowalności wydatków). Podstawa: daty całego "
        "projektu; gdy dokument podaje tylko lata, pasek obejmuje całe lata.",
        "en": "Each project's period (one bar per project, not per document) against the EU "
        "programming periods (bands: eligibility of expenditure). Basis: whole-project dates; where "
        "a document gives only years, the bar covers whole years.",
    },
    "timeline_n": {"pl": "n = {n} projektów z datami.", "en": "n = {n} projects with dates."},
    "participants_n": {
        "pl": "Podstawa: liczby całego projektu (albo suma edycji, gdy tylko ją znamy). Planowani: "
        "n = {planned} projektów, faktyczni: n = {actual} projektów — osobne słupki, nigdy nie "
        "sumowane.",
        "en": "Basis: whole-project counts (or the sum of editions where only that is known). "
        "Planned: n = {planned} projects, actual: n = {actual} projects, separate bars, never added.",
    },
    "chart_timeline": {"pl": "Okresy realizacji projektów", "en": "Project periods"},
    "axis_date": {"pl": "Data [rok]", "en": "Date [year]"},
    "axis_project": {"pl": "Projekt", "en": "Project"},
    "timeline_missing": {
        "pl": "Bez dat realizacji (nie pokazano): {n}.",
        "en": "Without project dates (not shown): {n}.",
    },
    "timeline_limited": {
        "pl": "Pokazano {shown} największych (wg kosztu) z {total} projektów z datami.",
        "en": "Showing the {shown} largest (by cost) of {total} projects with dates.",
    },
    "band": {"pl": "Okres programowania {p}", "en": "Programming period {p}"},
    # participants
    "participants_intro": {
        "pl": "Liczba uczestników planowana, faktyczna i tych, którzy zakończyli udział; jeden "
        "wiersz na projekt.",
        "en": "Participants planned, actual and completed; one row per project.",
    },
    "chart_participants": {
        "pl": "Uczestnicy według projektu",
        "en": "Participants per project",
    },
    "axis_persons": {"pl": "Liczba osób [os.]", "en": "Number of people [persons]"},
    "planned": {"pl": "planowani", "en": "planned"},
    "actual": {"pl": "faktyczni", "en": "actual"},
    "completed": {"pl": "zakończyli", "en": "completed"},
    "participants_limited": {
        "pl": "Pokazano {shown} projektów o największej liczbie uczestników z {total}.",
        "en": "Showing the {shown} projects with most participants of {total}.",
    },
    "chart_groups": {
        "pl": "Planowani uczestnicy według grupy docelowej",
        "en": "Planned participants by target group",
    },
    "axis_group": {"pl": "Grupa docelowa (znormalizowana)", "en": "Target group (normalised)"},
    "groups_table": {"pl": "Grupy docelowe", "en": "Target groups"},
    "col_group": {"pl": "Grupa", "en": "Group"},
    "col_group_label": {"pl": "Grupa (jak w dokumencie)", "en": "Group (as written)"},
    # instruments
    "instruments_intro": {
        "pl": "Liczba instrumentów aktywnej integracji każdego typu w projekcie.",
        "en": "Number of active-inclusion instruments of each type per project.",
    },
    "chart_instruments": {
        "pl": "Instrumenty według projektu i typu",
        "en": "Instruments by project and type",
    },
    "chart_instruments_city": {
        "pl": "Instrumenty według miasta i typu",
        "en": "Instruments by city and type",
    },
    "axis_instrument_type": {"pl": "Typ instrumentu", "en": "Instrument type"},
    "colorbar_count": {"pl": "Liczba [szt.]", "en": "Count [items]"},
    "instruments_limited": {
        "pl": "Pokazano {shown} projektów o największej liczbie instrumentów z {total}.",
        "en": "Showing the {shown} projects with most instruments of {total}.",
    },
    "col_instrument": {"pl": "Instrument (jak w dokumencie)", "en": "Instrument (as written)"},
    "col_instrument_norm": {"pl": "Nazwa znormalizowana", "en": "Normalised name"},
    "col_type": {"pl": "Typ", "en": "Type"},
    "col_count": {"pl": "Liczba", "en": "Count"},
    # quality
    "quality_intro": {
        "pl": "Wyniki ostatniej kontroli jakości (bramki) przed publikacją. Błąd blokuje publikację, "
        "ostrzeżenie jest publikowane i pokazane tutaj.",
        "en": "Results of the last quality gate before publication. An error blocks publication; "
        "a warning is published and shown here.",
    },
    "publication": {"pl": "Publikacja", "en": "Publication"},
    "published_at": {"pl": "Opublikowano", "en": "Published at"},
    "run_id": {"pl": "Identyfikator przebiegu", "en": "Run id"},
    "source_build": {"pl": "Źródło", "en": "Source build"},
    "row_counts": {"pl": "Liczba wierszy", "en": "Row counts"},
    "gate_results": {"pl": "Wyniki bramki jakości", "en": "Quality gate results"},
    "gate_report_link": {"pl": "Pełny raport bramki", "en": "Full gate report"},
    "col_suite": {"pl": "Zestaw", "en": "Suite"},
    "col_mart": {"pl": "Tabela", "en": "Table"},
    "col_expectation": {"pl": "Oczekiwanie", "en": "Expectation"},
    "col_severity": {"pl": "Waga", "en": "Severity"},
    "col_result": {"pl": "Wynik", "en": "Result"},
    "col_observed": {"pl": "Zaobserwowano", "en": "Observed"},
    "severity_error": {"pl": "błąd", "en": "error"},
    "severity_warning": {"pl": "ostrzeżenie", "en": "warning"},
    "passed": {"pl": "spełnione", "en": "passed"},
    "failed": {"pl": "niespełnione", "en": "failed"},
    "summary_counts": {
        "pl": "Sprawdzono {total}: spełnione {passed}, ostrzeżenia {warnings}, błędy {errors}.",
        "en": "Checked {total}: passed {passed}, warnings {warnings}, errors {errors}.",
    },
    "warnings": {
        "pl": "Ostrzeżenia i wiersze, których dotyczą",
        "en": "Warnings and offending rows",
    },
    "no_warnings": {"pl": "Brak ostrzeżeń.", "en": "No warnings."},
    "offending_more": {"pl": "… i {n} kolejnych wierszy", "en": "… and {n} more rows"},
    "quarantine": {"pl": "Dokumenty w kwarantannie", "en": "Quarantined documents"},
    "no_quarantine": {"pl": "Brak dokumentów w kwarantannie.", "en": "No quarantined documents."},
    "col_document": {"pl": "Dokument", "en": "Document"},
    "col_source_file": {"pl": "Plik źródłowy", "en": "Source file"},
    "col_reason": {"pl": "Powód", "en": "Reason"},
    "col_ingested": {"pl": "Wczytano", "en": "Ingested"},
    "no_gate": {
        "pl": "Brak wyników bramki w publikacji.",
        "en": "No gate results in the publication.",
    },
    # project page
    "project": {"pl": "Projekt", "en": "Project"},
    "untitled": {"pl": "(bez tytułu)", "en": "(untitled)"},
    "back": {"pl": "← Wszystkie projekty", "en": "← All projects"},
    "facts": {
        "pl": "Liczby i zdania, z których je odczytano",
        "en": "Figures and the sentences they were read from",
    },
    "col_field": {"pl": "Pole", "en": "Field"},
    "col_value": {"pl": "Wartość", "en": "Value"},
    "col_evidence": {"pl": "Zdanie źródłowe", "en": "Source sentence"},
    "computed": {"pl": "wyliczone", "en": "computed"},
    "derived": {
        "pl": "wyliczone jako koszt całkowity − dofinansowanie",
        "en": "computed as total − EU co-financing",
    },
    "not_stated": {"pl": "brak zapisanego zdania źródłowego", "en": "no source sentence recorded"},
    "source_document": {"pl": "Dokument źródłowy", "en": "Source document"},
    "source_note": {
        "pl": "Ścieżka względem folderu przyjęć (INTEGRA_RAW).",
        "en": "Path relative to the landing folder (INTEGRA_RAW).",
    },
    "groups": {"pl": "Grupy docelowe", "en": "Target groups"},
    "instruments": {"pl": "Instrumenty", "en": "Instruments"},
    "other_fields": {"pl": "Pozostałe pola", "en": "Other fields"},
    "other_evidence": {"pl": "Pozostałe odczytane fakty", "en": "Other facts read"},
    "problems": {"pl": "Uwagi z ekstrakcji", "en": "Extraction notes"},
    "siblings": {"pl": "Inne dokumenty tego projektu", "en": "Other documents of this project"},
    "dq_summary": {"pl": "W skrócie", "en": "In short"},
    "dq_summary_text": {
        "pl": "Dane opublikowano {date} (wersja {version}). Przed publikacją sprawdziliśmy je "
        "{checks} regułami. Ostrzeżeń: {warnings} — to miejsca, w których dokument podaje coś "
        "nietypowego albo czegoś nie podaje; dane opublikowano, a projekty z ostrzeżeniami (liczba: "
        "{projects}) wymieniamy niżej.",
        "en": "Published {date} (version {version}). Before publication the data passed {checks} "
        "checks. Warnings: {warnings}, places where a document states something unusual or leaves "
        "something out; the data is published and the projects with warnings ({projects}) are "
        "listed below.",
    },
    "dq_projects_with_warnings": {"pl": "Projekty z ostrzeżeniami", "en": "Projects with warnings"},
    "dq_technical": {
        "pl": "Szczegóły techniczne (wszystkie reguły)",
        "en": "Technical details (every check)",
    },
    "dq_budget_identity": {
        "pl": "Kwoty w dokumencie się nie sumują: koszt całkowity ≠ dofinansowanie + wkład własny.",
        "en": "The document's amounts do not add up: total ≠ EU co-financing + own contribution.",
    },
    "dq_eu_share_band": {
        "pl": "Udział dofinansowania UE jest poza zakresem dozwolonym w programie.",
        "en": "The EU co-financing share lies outside the programme's allowed range.",
    },
    "dq_cost_per_participant": {
        "pl": "Nietypowy koszt na uczestnika (poza 1 000–100 000 zł) — warto sprawdzić kwotę i liczbę osób.",
        "en": "Unusual cost per participant (outside PLN 1,000–100,000): worth checking the amount and the head count.",
    },
    "dq_breakdown": {
        "pl": "Grupy uczestników nie sumują się do planowanej liczby uczestników.",
        "en": "The participant groups do not add up to the planned number of participants.",
    },
    "dq_no_participants": {
        "pl": "Dokumenty nie podają liczby uczestników.",
        "en": "No document states the number of participants.",
    },
    "dq_no_total": {
        "pl": "Dokumenty nie podają kosztu całkowitego.",
        "en": "No document states the total cost.",
    },
    "dq_no_start": {
        "pl": "Dokumenty nie podają daty rozpoczęcia.",
        "en": "No document states the start date.",
    },
    "dq_no_end": {
        "pl": "Dokumenty nie podają daty zakończenia.",
        "en": "No document states the end date.",
    },
    "dq_other": {
        "pl": "Inna nieprawidłowość — szczegóły w części technicznej.",
        "en": "Another irregularity: see the technical details.",
    },
    "chart_map": {
        "pl": "Miasta i liczba projektów (mapa schematyczna)",
        "en": "Cities and their projects (schematic map)",
    },
    "map_total": {"pl": "dokładny koszt całych projektów", "en": "exact whole-project total"},
    "map_missing": {
        "pl": "Bez współrzędnych (nie pokazano na mapie): {names}.",
        "en": "No coordinates (not on the map): {names}.",
    },
    "download_data": {"pl": "Pobierz dane tej strony", "en": "Download this page's data"},
    "project_period": {"pl": "Okres realizacji", "en": "Project period"},
    "effectiveness_target": {"pl": "cel: co najmniej {value}", "en": "target: at least {value}"},
    "effectiveness_achieved": {"pl": "osiągnięto {value}", "en": "achieved {value}"},
    "project_documents": {"pl": "Dokumenty projektu", "en": "Documents of this project"},
    "edition_of": {"pl": "edycja {year}", "en": "edition {year}"},
    "whole_project_doc": {"pl": "cały projekt", "en": "whole project"},
    "none": {"pl": "brak", "en": "none"},
    "scope_whole_project": {"pl": "cały projekt", "en": "whole project"},
    "scope_edition": {"pl": "edycja {year}", "en": "edition {year}"},
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "title": {"pl": "Tytuł", "en": "Title"},
    "implementer": {"pl": "Realizator", "en": "Implementer"},
    "city": {"pl": "Miasto", "en": "City"},
    "city_name": {"pl": "Miasto", "en": "City"},
    "voivodeship": {"pl": "Województwo", "en": "Voivodeship"},
    "document_kind": {"pl": "Rodzaj dokumentu", "en": "Document kind"},
    "scope": {"pl": "Zakres", "en": "Scope"},
    "programme": {"pl": "Program operacyjny", "en": "Operational programme"},
    "programme_code": {"pl": "Kod programu", "en": "Programme code"},
    "programme_period": {"pl": "Okres programowania", "en": "Programming period"},
    "priority_axis": {"pl": "Oś priorytetowa / priorytet", "en": "Priority axis"},
    "measure": {"pl": "Działanie", "en": "Measure"},
    "submeasure": {"pl": "Poddziałanie", "en": "Sub-measure"},
    "project_type": {"pl": "Typ projektu", "en": "Project type"},
    "contract_date": {"pl": "Data umowy o dofinansowanie", "en": "Grant agreement date"},
    "start_date": {"pl": "Początek realizacji", "en": "Start"},
    "end_date": {"pl": "Koniec realizacji", "en": "End"},
    "duration_months": {"pl": "Czas trwania", "en": "Duration"},
    "total_cost_pln": {"pl": "Koszt całkowity", "en": "Total cost"},
    "total_cost_qualifier": {"pl": "Dokładność kosztu całkowitego", "en": "Total cost qualifier"},
    "eu_cofinancing_pln": {"pl": "Dofinansowanie UE", "en": "EU co-financing"},
    "own_contribution_pln": {"pl": "Wkład własny", "en": "Own contribution"},
    "eu_cofinancing_share": {"pl": "Udział dofinansowania UE", "en": "EU co-financing share"},
    "own_contribution_share": {"pl": "Udział wkładu własnego", "en": "Own contribution share"},
    "budget_identity_holds": {
        "pl": "Koszt = dofinansowanie + wkład własny",
        "en": "Total = EU co-financing + own contribution",
    },
    "participants_planned": {"pl": "Uczestnicy planowani", "en": "Participants planned"},
    "participants_actual": {"pl": "Uczestnicy faktyczni", "en": "Participants actual"},
    "participants_completed": {
        "pl": "Uczestnicy, którzy zakończyli",
        "en": "Participants completed",
    },
    "completion_rate": {"pl": "Odsetek kończących", "en": "Completion rate"},
    "participants_breakdown_sum": {"pl": "Suma grup docelowych", "en": "Sum of target groups"},
    "breakdown_matches_planned": {
        "pl": "Suma grup = planowani",
        "en": "Groups sum to planned",
    },
    "cost_per_planned_participant_pln": {
        "pl": "Koszt na planowanego uczestnika",
        "en": "Cost per planned participant",
    },
    "cost_per_actual_participant_pln": {
        "pl": "Koszt na faktycznego uczestnika",
        "en": "Cost per actual participant",
    },
    "cost_per_participant_month_pln": {
        "pl": "Koszt na uczestnika na miesiąc",
        "en": "Cost per participant-month",
    },
    "total_cost_constant_pln": {
        "pl": "Koszt całkowity (ceny 2024)",
        "en": "Total cost (2024 prices)",
    },
    "eu_cofinancing_constant_pln": {
        "pl": "Dofinansowanie UE (ceny 2024)",
        "en": "EU co-financing (2024 prices)",
    },
    "cost_per_planned_participant_constant_pln": {
        "pl": "Koszt na planowanego uczestnika (ceny 2024)",
        "en": "Cost per planned participant (2024 prices)",
    },
    "total_cost_eur": {"pl": "Koszt całkowity w euro", "en": "Total cost in euro"},
    "eur_pln_rate": {
        "pl": "Kurs EUR/PLN (średnia roku rozpoczęcia)",
        "en": "EUR/PLN rate (start-year mean)",
    },
    "social_effectiveness_pct": {"pl": "Efektywność społeczna", "en": "Social effectiveness"},
    "employment_effectiveness_pct": {
        "pl": "Efektywność zatrudnieniowa",
        "en": "Employment effectiveness",
    },
    "instruments": {"pl": "Instrumenty", "en": "Instruments"},
    "participants_planned_breakdown": {"pl": "Grupy docelowe", "en": "Target groups"},
}

DOCUMENT_KINDS = {
    "plan": {"pl": "plan", "en": "plan"},
    "announcement": {"pl": "ogłoszenie", "en": "announcement"},
    "final_report": {"pl": "sprawozdanie końcowe", "en": "final report"},
    "project_page": {"pl": "strona projektu", "en": "project page"},
}

PROJECT_TYPES = {
    "systemowy": {"pl": "systemowy", "en": "systemic"},
    "konkursowy": {"pl": "konkursowy", "en": "competitive"},
    "pozakonkursowy": {"pl": "pozakonkursowy", "en": "non-competitive"},
}

GROUP_CATEGORIES = {
    "unemployed": {"pl": "bezrobotni", "en": "unemployed"},
    "economically_inactive": {"pl": "bierni zawodowo", "en": "economically inactive"},
    "unemployed_or_inactive": {"pl": "bezrobotni lub bierni", "en": "unemployed or inactive"},
    "people_with_disabilities": {
        "pl": "osoby z niepełnosprawnościami",
        "en": "people with disabilities",
    },
    "leaving_foster_care": {"pl": "opuszczający pieczę zastępczą", "en": "leaving foster care"},
    "family_environment": {"pl": "otoczenie uczestników", "en": "family and surroundings"},
    "families_with_care_difficulties": {
        "pl": "rodziny z trudnościami opiekuńczo-wychowawczymi",
        "en": "families with parenting difficulties",
    },
    "poverty": {"pl": "osoby ubogie", "en": "people in poverty"},
    "at_risk_of_exclusion": {"pl": "zagrożeni wykluczeniem", "en": "at risk of exclusion"},
    "other": {"pl": "inne", "en": "other"},
}

INSTRUMENT_TYPES = {
    "social": {"pl": "społeczne", "en": "social"},
    "vocational": {"pl": "zawodowe", "en": "vocational"},
    "educational": {"pl": "edukacyjne", "en": "educational"},
    "health": {"pl": "zdrowotne", "en": "health"},
    "other": {"pl": "inne", "en": "other"},
}


def t(key: str, lang: str, **kwargs: object) -> str:
    """Look a label up; ``str.format`` keyword arguments fill placeholders."""
    text = T[key][lang]
    return text.format(**kwargs) if kwargs else text


def label(mapping: dict[str, dict[str, str]], key: object, lang: str) -> str:
    """Translate a code (document kind, group category…); unknown codes show as themselves."""
    if key is None:
        return "—"
    entry = mapping.get(str(key))
    return entry[lang] if entry else str(key)
