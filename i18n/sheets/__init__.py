"""The fact sheets: data files (`data`), rendering (`render`), the table of output formats
(`formats`), locale filters (`formatting`, `filters`), charts (`chart`), fonts and PDF."""
