"""factcheck: numeric fact-consistency checking for news and reports.

Pipeline: articles -> extract (text -> numbers and dates -> units -> claims -> normalised facts) -> fact
table -> rules -> findings -> report / check.
"""

__version__ = "0.3.0"
EXTRACTOR_VERSION = "402"  # bump when extraction or attribution changes: it keys the fact cache, the memo and the indexes
