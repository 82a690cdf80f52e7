/* ch-store.h: the project file on disk (SQLite); private to the core
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-entity.h"
#include "ch-voting.h"

G_BEGIN_DECLS

#define CH_STORE_ERROR (ch_store_error_quark())

typedef enum
{
  CH_STORE_ERROR_NOT_FOUND,      /* no such file */
  CH_STORE_ERROR_EXISTS,         /* creating over an existing file */
  CH_STORE_ERROR_NOT_A_DATABASE, /* a text file, an image… */
  CH_STORE_ERROR_FOREIGN,        /* another program's SQLite file */
  CH_STORE_ERROR_NEWER,          /* made by a newer Charrette */
  CH_STORE_ERROR_CORRUPT,        /* damaged */
  CH_STORE_ERROR_LOCKED,         /* open in another Charrette */
  CH_STORE_ERROR_FULL,           /* disk full */
  CH_STORE_ERROR_READ_ONLY,      /* cannot write the file or its folder */
  CH_STORE_ERROR_BUSY,           /* an import or export holds the project */
  CH_STORE_ERROR_FAILED,
} ChStoreError;

/* The schema version this Charrette writes (PRAGMA user_version). */
#define CH_STORE_SCHEMA_VERSION 3
/* PRAGMA application_id of every project file: "ChRt". */
#define CH_STORE_APPLICATION_ID 0x43685274

/* The workshop itself: one row per project file. */
typedef struct
{
  char   *id;
  char   *title;
  char   *description;
  gint64  created;
  gint64  modified;
} ChStoreWorkshop;

/* The project's voting round: its state and rules. Only the project file
 * keeps it (workshop format 1 has no place for it); the dots themselves
 * are the ideas' votes. */
typedef struct
{
  ChVotingState state;
  int           budget;
  int           max_per_idea;
  gboolean      no_own_ideas;
} ChStoreVoting;

GQuark    ch_store_error_quark      (void);

ChStore  *ch_store_open             (const char             *path,
                                     GError                **error);
ChStore  *ch_store_create           (const char             *path,
                                     const ChStoreWorkshop  *workshop,
                                     GError                **error);
void      ch_store_close            (ChStore                *self);
const char *ch_store_get_path       (ChStore                *self);

gboolean  ch_store_read_workshop    (ChStore                *self,
                                     ChStoreWorkshop        *workshop,
                                     GError                **error);
gboolean  ch_store_save_workshop    (ChStore                *self,
                                     const ChStoreWorkshop  *workshop,
                                     GError                **error);
void      ch_store_workshop_clear   (ChStoreWorkshop        *workshop);
gboolean  ch_store_read_voting      (ChStore                *self,
                                     ChStoreVoting          *voting,
                                     GError                **error);
gboolean  ch_store_save_voting      (ChStore                *self,
                                     const ChStoreVoting    *voting,
                                     gint64                  now,
                                     GError                **error);

/* Loads every entity of @type (a ChEntity subclass) in stored order,
 * with one query per table. */
GPtrArray *ch_store_load            (ChStore                *self,
                                     GType                   type,
                                     GHashTable             *by_id,
                                     GError                **error);

/* Writes: each runs in its own savepoint, so it is atomic alone and
 * nests inside ch_store_begin()/ch_store_commit(). @now becomes the
 * workshop's modified time. */
gboolean  ch_store_save             (ChStore                *self,
                                     ChEntity               *entity,
                                     gint64                  now,
                                     GError                **error);
gboolean  ch_store_delete           (ChStore                *self,
                                     ChEntity               *entity,
                                     gint64                  now,
                                     GError                **error);
/* The writes of one step, inside its transaction: see ch_store_write(). */
gboolean  ch_store_write            (ChStore                *self,
                                     ChEntity               *entity,
                                     GError                **error);
gboolean  ch_store_erase            (ChStore                *self,
                                     ChEntity               *entity,
                                     GError                **error);
gboolean  ch_store_place_idea       (ChStore                *self,
                                     const char             *id,
                                     const char             *cluster_id,
                                     int                     position,
                                     gint64                  modified,
                                     GError                **error);
gboolean  ch_store_touch            (ChStore                *self,
                                     gint64                  now,
                                     GError                **error);
gboolean  ch_store_import           (ChStore                *self,
                                     ChEntity               *entity,
                                     GError                **error);
gboolean  ch_store_start_bulk_load  (ChStore                *self,
                                     GError                **error);
gboolean  ch_store_end_bulk_load    (ChStore                *self,
                                     GError                **error);
gboolean  ch_store_replace_workshop (ChStore                *self,
                                     const ChStoreWorkshop  *workshop,
                                     GError                **error);
gboolean  ch_store_begin            (ChStore                *self,
                                     GError                **error);
gboolean  ch_store_commit           (ChStore                *self,
                                     GError                **error);
void      ch_store_rollback         (ChStore                *self);

gboolean  ch_store_check_integrity  (ChStore                *self,
                                     GError                **error);

/* Summaries and copies of files that are not open. */
gboolean  ch_store_read_summary     (const char             *path,
                                     char                  **title,
                                     gint64                 *modified,
                                     guint                  *n_ideas,
                                     guint                  *n_personas,
                                     GError                **error);
gboolean  ch_store_copy             (const char             *source_path,
                                     const char             *dest_path,
                                     GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChStore, ch_store_close)

G_END_DECLS
