/* Polish locale for plotly.js (month names on date axes, mode-bar tooltips). Registered locally:
 * the site loads nothing from the network. */
(function () {
  "use strict";
  if (typeof Plotly === "undefined") { return; }
  Plotly.register({
    moduleType: "locale",
    name: "pl",
    dictionary: {
      "Autoscale": "Skaluj automatycznie",
      "Box Select": "Zaznacz prostokątem",
      "Compare data on hover": "Porównuj dane po najechaniu",
      "Double-click to zoom back out": "Kliknij dwukrotnie, aby oddalić",
      "Download plot": "Pobierz wykres",
      "Download plot as a png": "Pobierz wykres jako PNG",
      "Lasso Select": "Zaznacz lassem",
      "Pan": "Przesuń",
      "Reset axes": "Przywróć osie",
      "Reset view": "Przywróć widok",
      "Show closest data on hover": "Pokazuj najbliższe dane po najechaniu",
      "Toggle Spike Lines": "Linie pomocnicze",
      "Zoom": "Przybliż obszar",
      "Zoom in": "Powiększ",
      "Zoom out": "Pomniejsz",
      "Click to enter Plot title": "Kliknij, aby wpisać tytuł wykresu",
      "Click to enter X axis title": "Kliknij, aby wpisać tytuł osi X",
      "Click to enter Y axis title": "Kliknij, aby wpisać tytuł osi Y"
    },
    format: {
      days: ["niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"],
      shortDays: ["nie", "pon", "wto", "śro", "czw", "pią", "sob"],
      months: ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
               "wrzesień", "październik", "listopad", "grudzień"],
      shortMonths: ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
      date: "%d.%m.%Y",
      decimal: ",",
      thousands: " "
    }
  });
})();
