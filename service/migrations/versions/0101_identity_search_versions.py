"""identity corrections, full-text search, version anchors (issue 4)

Revision ID: 0101
Revises: 0001
Create Date: 2026-11-22

Full text: both backends index quotations.search_text (tokens folded in Python, see
service/store/textkeys.py). SQLite: an external-content FTS5 table kept in sync by triggers (so bulk
deletes and ON DELETE CASCADE keep it right). PostgreSQL: a stored generated tsvector column
(to_tsvector('simple', search_text)) with a GIN index; it is not in the ORM models (PostgreSQL only).
A later batch_alter_table on quotations recreates the table on SQLite and drops these triggers: such a
migration must run _sqlite_fts_up() again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0101"
down_revision = "0001"
branch_labels = None
depends_on = None


def _sqlite_fts_up() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE quotations_fts USING fts5("
        "search_text, content='quotations', content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
    )
    op.execute(
        "CREATE TRIGGER quotations_fts_ai AFTER INSERT ON quotations BEGIN "
        "INSERT INTO quotations_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER quotations_fts_ad AFTER DELETE ON quotations BEGIN "
        "INSERT INTO quotations_fts(quotations_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER quotations_fts_au AFTER UPDATE OF search_text ON quotations BEGIN "
        "INSERT INTO quotations_fts(quotations_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO quotations_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute("INSERT INTO quotations_fts(quotations_fts) VALUES ('rebuild')")


def _fill_derived_columns() -> None:
    # Rows stored before this revision: compute the keys in Python, the same way new rows get them.
    from service.store import textkeys

    connection = op.get_bind()
    quotations = connection.execute(sa.text("SELECT id, text FROM quotations")).all()
    for row_id, text in quotations:
        connection.execute(
            sa.text("UPDATE quotations SET search_text = :s, cluster_id = COALESCE(cluster_id, id) WHERE id = :i"),
            {"s": textkeys.search_text(text or ""), "i": row_id},
        )
    aliases = connection.execute(sa.text("SELECT id, alias FROM speaker_aliases")).all()
    for row_id, alias in aliases:
        connection.execute(
            sa.text("UPDATE speaker_aliases SET match_key = :k WHERE id = :i"),
            {"k": textkeys.match_key(alias or ""), "i": row_id},
        )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("quotations", sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    op.add_column(
        "quotations", sa.Column("speaker_locked", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column(
        "speaker_aliases", sa.Column("match_key", sa.String(length=300), nullable=False, server_default="")
    )
    op.create_index("ix_speaker_aliases_match_key", "speaker_aliases", ["match_key"])
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("result_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
    )
    op.create_index("ix_corrections_subject_id", "corrections", ["subject_id"])
    op.create_table(
        "speaker_pins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alias_key", sa.String(length=300), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=False),
        sa.Column("correction_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["speaker_id"], ["speakers.id"], name=op.f("fk_speaker_pins_speaker_id_speakers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["correction_id"],
            ["corrections.id"],
            name=op.f("fk_speaker_pins_correction_id_corrections"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_pins")),
        sa.UniqueConstraint("alias_key", name=op.f("uq_speaker_pins_alias_key")),
    )
    op.create_index("ix_speaker_pins_speaker_id", "speaker_pins", ["speaker_id"])
    op.create_table(
        "quotation_anchors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quotation_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=False),
        sa.Column("suffix", sa.Text(), nullable=False),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.Column("sentence_end", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["quotation_id"],
            ["quotations.id"],
            name=op.f("fk_quotation_anchors_quotation_id_quotations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["article_versions.id"],
            name=op.f("fk_quotation_anchors_version_id_article_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotation_anchors")),
        sa.UniqueConstraint("quotation_id", "version_id", name="uq_quotation_anchors_quotation_version"),
    )
    op.create_index("ix_quotation_anchors_quotation_id", "quotation_anchors", ["quotation_id"])
    op.create_index("ix_quotation_anchors_version_id", "quotation_anchors", ["version_id"])
    _fill_derived_columns()
    if dialect == "sqlite":
        _sqlite_fts_up()
    elif dialect == "postgresql":
        # A stored vector: the index recheck (phrases need positions) reads it instead of re-parsing text.
        op.execute(
            "ALTER TABLE quotations ADD COLUMN fts_vector tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED"
        )
        op.execute("CREATE INDEX ix_quotations_fts_gin ON quotations USING gin (fts_vector)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("quotations_fts_ai", "quotations_fts_ad", "quotations_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS quotations_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_quotations_fts_gin")
        op.execute("ALTER TABLE quotations DROP COLUMN IF EXISTS fts_vector")
    op.drop_table("quotation_anchors")
    op.drop_table("speaker_pins")
    op.drop_table("corrections")
    op.drop_index("ix_speaker_aliases_match_key", table_name="speaker_aliases")
    with op.batch_alter_table("speaker_aliases") as batch_op:
        batch_op.drop_column("match_key")
    with op.batch_alter_table("quotations") as batch_op:
        batch_op.drop_column("speaker_locked")
        batch_op.drop_column("search_text")
