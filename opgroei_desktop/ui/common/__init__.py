"""What every window shares: the workbench handed to each page, autosave with its save
tracker, the common widgets and the message bar. Imports only ui's own base modules, so the
window packages (main, run, worksheets, clauses, help) never import each other for it."""
