# The dashboard's words in English: tabs, columns, states, hints, help,
# forms, dialogs and errors. Terms are shared with cli.ftl.
