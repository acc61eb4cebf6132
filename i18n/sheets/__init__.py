"""The fact sheets: data files (`data`), one page rendered (`render`), the project's pages rendered
and written (`pages`), the table of output formats (`formats`), locale filters (`formatting`,
`filters`), charts (`chart`), fonts and PDF."""
