"""`remedies app`: a guided intake in the browser, served on this computer only.

The record file in the cases folder stays the truth: every page of the interview reads it and every
save writes it back (comments and order kept), so the same file works with `remedies check` and
`remedies draft`.
"""
