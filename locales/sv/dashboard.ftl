# Översiktspanelens ord på svenska: flikar, kolumner, lägen, tips,
# hjälp, formulär, dialoger och fel. Begreppen delas med cli.ftl.
