"""factcheck: numeric fact-consistency checking for news and reports.

Pipeline: articles -> extract -> normalise -> fact table -> rules -> findings -> report / check.
"""

__version__ = "0.2.0"
