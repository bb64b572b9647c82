# The findings F01-F23 in English: each finding's message and its fix.
# Messages here share the terms defined in cli.ftl (one bundle per language).
