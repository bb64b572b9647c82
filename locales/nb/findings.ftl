# Funnene F01-F23 på norsk bokmål: meldingen og hva som retter den.
# Begrepene er felles med cli.ftl (se docs/i18n.md, ordlisten).
