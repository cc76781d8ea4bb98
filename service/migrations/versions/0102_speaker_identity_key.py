"""speakers.identity_key: one speaker per new name, even under concurrent ingests

Revision ID: 0102
Revises: 0101
Create Date: 2026-11-23

Identity resolution creates a speaker for a name it cannot match; the match key it was created under
(textkeys.match_key: the key spelling variants meet on) is stored in identity_key with a unique index,
so two concurrent ingests of the same new name store one speaker (service/store/unique.py). Speakers
created by hand (split) and per-article descriptions ("the company") have none (NULL: not unique).
Existing speakers keep NULL: a name already stored is found by its aliases and never created again, and
earlier duplicates (if any) must not make the migration fail.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0102"
down_revision = "0101"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch table rebuild): the SQLite full-text triggers on quotations stay.
    op.add_column("speakers", sa.Column("identity_key", sa.String(length=300), nullable=True))
    op.create_index("ix_speakers_identity_key", "speakers", ["identity_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_speakers_identity_key", table_name="speakers")
    with op.batch_alter_table("speakers") as batch_op:
        batch_op.drop_column("identity_key")
