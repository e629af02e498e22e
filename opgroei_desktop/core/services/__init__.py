"""Service functions: the one way data changes. Each runs one short transaction and
returns a ``Changes`` value; queries return frozen views."""
