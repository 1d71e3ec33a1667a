"""Helpers shared by several layers: the article text of a parse and its wire dateline
(`doctext`), who a phrase refers to (`referents`), dates and numbers written in words
(`dates`, `numbers`), and the parse repairs every layer applies (`syntax`: one `lemma`, one
`is_passive`)."""
