"""Documents for both parties: minutes now, agreement clauses and dossiers later.

Builders (``minutes``) turn stored data into the neutral model of ``document``; writers turn
that into .docx (``docx_writer``), HTML for the preview (``html_writer``) and PDF
(``pdf_writer``, the only module here that uses Qt, and only when called). Import the
submodule you need: this package itself loads nothing heavy.
"""
