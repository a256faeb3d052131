"""Reads rasid's exports with the tools analysts use (pyarrow, pandas, DuckDB), without schema hints.

Called by cli_store.rs: `python3 read_exports.py DIR KIND=ROWS ...`. Exit 3 when a tool is not
installed (the Rust test decides whether that is allowed), 1 with a message on any mismatch.
"""

import sys

try:
    import duckdb
    import pandas as pd
    import pyarrow.parquet as pq
except ImportError as e:  # the caller decides whether this may be skipped
    print(f"missing: {e}", file=sys.stderr)
    sys.exit(3)

folder = sys.argv[1]
for arg in sys.argv[2:]:
    kind, rows = arg.split("=")
    rows = int(rows)
    base = f"{folder}/{kind}"
    counts = {
        "pyarrow parquet": pq.read_table(f"{base}.parquet").num_rows,
        "pandas parquet": len(pd.read_parquet(f"{base}.parquet")),
        "pandas csv": len(pd.read_csv(f"{base}.csv")),
        "pandas jsonl": len(pd.read_json(f"{base}.jsonl", lines=True)),
        "duckdb parquet": duckdb.sql(f"select count(*) from '{base}.parquet'").fetchall()[0][0],
        "duckdb csv": duckdb.sql(f"select count(*) from read_csv_auto('{base}.csv')").fetchall()[0][0],
        "duckdb jsonl": duckdb.sql(f"select count(*) from read_json_auto('{base}.jsonl')").fetchall()[0][0],
    }
    for tool, n in counts.items():
        if n != rows:
            sys.exit(f"{kind}: {tool} read {n} rows, expected {rows}")
    if kind == "events":
        types = dict(
            duckdb.sql(
                f"select column_name, column_type from (describe select * from '{base}.parquet')"
            ).fetchall()
        )
        for col, want in [("SQLDATE", "BIGINT"), ("GoldsteinScale", "DOUBLE"), ("QuadClass", "BIGINT"), ("EventCode", "VARCHAR")]:
            if types.get(col) != want:
                sys.exit(f"events.parquet: {col} is {types.get(col)}, expected {want}")
print("ok")
