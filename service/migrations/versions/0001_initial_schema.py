"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('outlets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('domains', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outlets')),
    sa.UniqueConstraint('name', name=op.f('uq_outlets_name')),
    sqlite_autoincrement=True
    )
    op.create_table('speakers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('external_ids', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speakers')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speakers_name_key'), ['name_key'], unique=False)

    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('authors', sa.JSON(), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('published_at_source', sa.String(length=16), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('current_version_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_articles_outlet_id_outlets'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_outlet_id'), ['outlet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published_at'), ['published_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_url'), ['url'], unique=False)

    op.create_table('outlet_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outlet_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=200), nullable=False),
    sa.Column('alias_key', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_outlet_aliases_outlet_id_outlets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outlet_aliases')),
    sa.UniqueConstraint('alias_key', name=op.f('uq_outlet_aliases_alias_key')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('outlet_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outlet_aliases_outlet_id'), ['outlet_id'], unique=False)

    op.create_table('speaker_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.Column('alias_key', sa.String(length=300), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_speaker_aliases_speaker_id_speakers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speaker_aliases')),
    sa.UniqueConstraint('speaker_id', 'alias_key', name='uq_speaker_aliases_speaker_alias'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('speaker_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speaker_aliases_alias_key'), ['alias_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_speaker_aliases_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('article_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('zones', sa.JSON(), nullable=False),
    sa.Column('wire_credits', sa.JSON(), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_versions_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article_versions')),
    sa.UniqueConstraint('article_id', 'version', name='uq_article_versions_article_version'),
    sa.UniqueConstraint('sha256', name=op.f('uq_article_versions_sha256')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('article_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_versions_article_id'), ['article_id'], unique=False)

    op.create_table('speaker_roles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=500), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=True),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_speaker_roles_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_speaker_roles_speaker_id_speakers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speaker_roles')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('speaker_roles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speaker_roles_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_speaker_roles_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('quotations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('prefix', sa.Text(), nullable=False),
    sa.Column('suffix', sa.Text(), nullable=False),
    sa.Column('sentence_start', sa.Integer(), nullable=False),
    sa.Column('sentence_end', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('speaker_name', sa.String(length=300), nullable=True),
    sa.Column('speaker_mention_start', sa.Integer(), nullable=True),
    sa.Column('speaker_mention_end', sa.Integer(), nullable=True),
    sa.Column('speaker_mention_text', sa.Text(), nullable=True),
    sa.Column('resolution', sa.String(length=32), nullable=False),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('cue_text', sa.Text(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.Column('cluster_id', sa.Integer(), nullable=True),
    sa.Column('gone_in_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_quotations_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_quotations_speaker_id_speakers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['version_id'], ['article_versions.id'], name=op.f('fk_quotations_version_id_article_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quotations')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('quotations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotations_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotations_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index('ix_quotations_kind', ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotations_speaker_id'), ['speaker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotations_version_id'), ['version_id'], unique=False)

    op.create_table('quotation_vias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quotation_id', sa.Integer(), nullable=False),
    sa.Column('outlet_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('mention_start', sa.Integer(), nullable=False),
    sa.Column('mention_end', sa.Integer(), nullable=False),
    sa.Column('mention_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_quotation_vias_outlet_id_outlets'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['quotation_id'], ['quotations.id'], name=op.f('fk_quotation_vias_quotation_id_quotations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quotation_vias')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('quotation_vias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotation_vias_outlet_id'), ['outlet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotation_vias_quotation_id'), ['quotation_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('quotation_vias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotation_vias_quotation_id'))
        batch_op.drop_index(batch_op.f('ix_quotation_vias_outlet_id'))

    op.drop_table('quotation_vias')
    with op.batch_alter_table('quotations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotations_version_id'))
        batch_op.drop_index(batch_op.f('ix_quotations_speaker_id'))
        batch_op.drop_index('ix_quotations_kind')
        batch_op.drop_index(batch_op.f('ix_quotations_cluster_id'))
        batch_op.drop_index(batch_op.f('ix_quotations_article_id'))

    op.drop_table('quotations')
    with op.batch_alter_table('speaker_roles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaker_roles_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_speaker_roles_article_id'))

    op.drop_table('speaker_roles')
    with op.batch_alter_table('article_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_versions_article_id'))

    op.drop_table('article_versions')
    with op.batch_alter_table('speaker_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaker_aliases_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_speaker_aliases_alias_key'))

    op.drop_table('speaker_aliases')
    with op.batch_alter_table('outlet_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outlet_aliases_outlet_id'))

    op.drop_table('outlet_aliases')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_url'))
        batch_op.drop_index(batch_op.f('ix_articles_published_at'))
        batch_op.drop_index(batch_op.f('ix_articles_outlet_id'))

    op.drop_table('articles')
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speakers_name_key'))

    op.drop_table('speakers')
    op.drop_table('outlets')

