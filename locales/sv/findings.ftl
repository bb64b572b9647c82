# Anmärkningarna F01-F23 på svenska: meddelandet och vad som åtgärdar det.
# Begreppen delas med cli.ftl (se docs/i18n.md, ordlistan).
