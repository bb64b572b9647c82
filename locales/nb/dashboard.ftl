# Dashbordets ord på norsk bokmål: faner, kolonner, tilstander, hint,
# hjelp, skjemaer, dialoger og feil. Begrepene er felles med cli.ftl.
