"""``framing batch``: a corpus in, a resumable SQLite store, parallel workers, tidy exports.

See docs/batch.md. The public pieces: :func:`run_batch` (the runner), :class:`Store` (reading
a finished batch), :func:`iter_records` (the input readers) and :func:`write_exports`.
"""

from framing.batch.exports import write_exports
from framing.batch.inputs import iter_records
from framing.batch.keys import fingerprint
from framing.batch.runner import Summary, run_batch
from framing.batch.store import Store

__all__ = ["Store", "Summary", "fingerprint", "iter_records", "run_batch", "write_exports"]
