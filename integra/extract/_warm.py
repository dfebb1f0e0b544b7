"""Imported by the extraction forkserver (`isolation._context`): loads the extractor and warms
its caches (gazetteer, lemmatiser, compiled rules) once, so every worker forked from the server
starts warm. Importing it anywhere else only costs the same warm-up (~0.3 s)."""

from .record import extract_bytes

_SAMPLE = (
    "Projekt „Aktywna integracja w Toruniu” realizowany przez Miejski Ośrodek Pomocy Rodzinie "
    "w Toruniu. Wartość projektu: 1 234 567,89 zł, w tym dofinansowanie UE 1 000 000,00 zł. "
    "Okres realizacji: 01.01.2019 – 31.12.2020. Liczba uczestników: 120 osób."
).encode()

extract_bytes(_SAMPLE, "warm.txt")

# the index of all towns and gminas (data/places.csv) is built on first use: build it here too
from .places import find_places  # noqa: E402

find_places("Gminny Ośrodek Pomocy Społecznej w Przerośli")
