/* ch-store.c: the project file, a SQLite database
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The only file of Charrette that includes sqlite3.h.
 *
 * How the file is kept (see also the README, "How projects are stored"):
 *
 *  - journal_mode=WAL, synchronous=FULL: every change is one transaction
 *    whose commit appends to the write-ahead log and syncs it, so a crash
 *    or a power cut loses at most the change in flight, and a commit costs
 *    one fsync instead of the two or three of a rollback journal.
 *  - locking_mode=EXCLUSIVE: the connection takes the file's lock when it
 *    first reads it and keeps it until it is closed, so a second Charrette
 *    (another process, or another ChStore in this one) cannot open the
 *    project while it is open: it gets CH_STORE_ERROR_LOCKED. In this mode
 *    SQLite keeps the WAL index in memory, so no -shm file is made.
 *  - Before anything is written, a file is checked: its header, a probe
 *    query, its application_id, its user_version and PRAGMA quick_check.
 *    A file that fails is closed untouched.
 */

#define G_LOG_DOMAIN "ch-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ch-cluster.h"
#include "ch-enum-types.h"
#include "ch-idea.h"
#include "ch-participant.h"
#include "ch-persona.h"
#include "ch-session.h"
#include "ch-store.h"

struct _ChStore
{
  sqlite3    *db;
  char       *path;
  char       *display_name;
  GHashTable *statements;
  guint       depth;
  /* Opened for changes, and past its checks. */
  gboolean    writable;
};

/* A column of an entity's table and the property it holds. */
typedef struct
{
  const char *column;
  const char *property;
  /* 0 in the property is NULL in the column (impact, effort). */
  gboolean    zero_is_null;
} Column;

/* A list property kept in a table of its own, one row per item. */
typedef struct
{
  const char *table;
  const char *owner_column;
  const char *value_column;
  const char *property;
} StrvLink;

typedef struct
{
  GType        (*get_type) (void);
  const char    *table;
  const Column  *columns;
  const StrvLink *links;
} Table;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_DEFINE_QUARK (ch-store-error-quark, ch_store_error)

static const Column session_columns[] = {
  { "title", "title" },
  { "date", "date" },
  { "facilitator", "facilitator" },
  { "agenda", "agenda" },
  { NULL }
};

static const Column persona_columns[] = {
  { "name", "name" },
  { "kind", "kind" },
  { "color", "color" },
  { "segment", "segment" },
  { "goals", "goals" },
  { "pains", "pains" },
  { "notes", "notes" },
  { NULL }
};

static const StrvLink persona_links[] = {
  { "persona_quotes", "persona_id", "text", "quotes" },
  { NULL }
};

static const Column participant_columns[] = {
  { "name", "name" },
  { "organisation", "organisation" },
  { "kind", "kind" },
  { "role", "role" },
  { "persona_id", "persona-id" },
  { NULL }
};

static const Column cluster_columns[] = {
  { "name", "name" },
  { "summary", "summary" },
  { "color", "color" },
  { "position", "position" },
  { NULL }
};

static const Column idea_columns[] = {
  { "title", "title" },
  { "description", "description" },
  { "status", "status" },
  { "cluster_id", "cluster-id" },
  { "session_id", "session-id" },
  { "impact", "impact", TRUE },
  { "effort", "effort", TRUE },
  { "position", "position" },
  { "created", "created" },
  { NULL }
};

static const StrvLink idea_links[] = {
  { "idea_tags", "idea_id", "tag", "tags" },
  { "idea_personas", "idea_id", "persona_id", "personas" },
  { NULL }
};

static const Table tables[] = {
  { ch_session_get_type, "sessions", session_columns, NULL },
  { ch_persona_get_type, "personas", persona_columns, persona_links },
  { ch_participant_get_type, "participants", participant_columns, NULL },
  { ch_cluster_get_type, "clusters", cluster_columns, NULL },
  { ch_idea_get_type, "ideas", idea_columns, idea_links },
};

/* The schema, one script per version: migrations[i] takes a file from
 * user_version i to i + 1. They run in order, in one transaction. */
static const char * const migrations[] = {
  /* 0 → 1: all of workshop format version 1 */
  "CREATE TABLE workshop ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  title TEXT NOT NULL,"
  "  description TEXT,"
  "  created INTEGER NOT NULL,"
  "  modified INTEGER NOT NULL"
  ");"
  "CREATE TABLE sessions ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  title TEXT NOT NULL,"
  "  date TEXT NOT NULL,"
  "  facilitator TEXT,"
  "  agenda TEXT,"
  "  modified INTEGER NOT NULL"
  ");"
  "CREATE TABLE personas ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL,"
  "  kind TEXT NOT NULL DEFAULT 'external' CHECK (kind IN ('external', 'internal')),"
  "  color TEXT,"
  "  segment TEXT,"
  "  goals TEXT,"
  "  pains TEXT,"
  "  notes TEXT,"
  "  modified INTEGER NOT NULL"
  ");"
  "CREATE TABLE persona_quotes ("
  "  persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  PRIMARY KEY (persona_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE participants ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL,"
  "  organisation TEXT,"
  "  kind TEXT NOT NULL DEFAULT 'customer'"
  "    CHECK (kind IN ('customer', 'employee', 'facilitator', 'observer')),"
  "  role TEXT NOT NULL DEFAULT 'none'"
  "    CHECK (role IN ('none', 'connecter', 'co-creator', 'co-producer')),"
  "  persona_id TEXT REFERENCES personas (id) ON DELETE SET NULL,"
  "  modified INTEGER NOT NULL"
  ");"
  "CREATE TABLE clusters ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL,"
  "  summary TEXT,"
  "  color TEXT,"
  "  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),"
  "  modified INTEGER NOT NULL"
  ");"
  "CREATE TABLE ideas ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  title TEXT NOT NULL,"
  "  description TEXT,"
  "  status TEXT NOT NULL DEFAULT 'new'"
  "    CHECK (status IN ('new', 'shortlisted', 'accepted', 'parked', 'done')),"
  "  cluster_id TEXT REFERENCES clusters (id) ON DELETE SET NULL,"
  "  session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,"
  "  impact INTEGER CHECK (impact BETWEEN 1 AND 5),"
  "  effort INTEGER CHECK (effort BETWEEN 1 AND 5),"
  "  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),"
  "  created INTEGER NOT NULL,"
  "  modified INTEGER NOT NULL"
  ");"
  "CREATE TABLE idea_tags ("
  "  idea_id TEXT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  tag TEXT NOT NULL,"
  "  PRIMARY KEY (idea_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE idea_personas ("
  "  idea_id TEXT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (idea_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE idea_contributors ("
  "  idea_id TEXT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  informed TEXT,"
  "  PRIMARY KEY (idea_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE idea_votes ("
  "  idea_id TEXT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  dots INTEGER NOT NULL CHECK (dots BETWEEN 1 AND 99),"
  "  PRIMARY KEY (idea_id, position)"
  ") WITHOUT ROWID;",
};

/* The indexes that are not keys, made after the tables of each version
 * (IF NOT EXISTS: a later version may add its own). A bulk load drops
 * them and makes them again at the end, which is several times faster
 * than keeping them up to date row by row. */
static const char * const indexes =
  "CREATE INDEX IF NOT EXISTS participants_persona ON participants (persona_id);"
  "CREATE INDEX IF NOT EXISTS ideas_cluster ON ideas (cluster_id);"
  "CREATE INDEX IF NOT EXISTS ideas_session ON ideas (session_id);"
  "CREATE INDEX IF NOT EXISTS idea_personas_persona ON idea_personas (persona_id);"
  "CREATE INDEX IF NOT EXISTS idea_contributors_participant"
  "  ON idea_contributors (participant_id);"
  "CREATE INDEX IF NOT EXISTS idea_votes_participant ON idea_votes (participant_id);";

static const char * const drop_indexes =
  "DROP INDEX IF EXISTS participants_persona;"
  "DROP INDEX IF EXISTS ideas_cluster;"
  "DROP INDEX IF EXISTS ideas_session;"
  "DROP INDEX IF EXISTS idea_personas_persona;"
  "DROP INDEX IF EXISTS idea_contributors_participant;"
  "DROP INDEX IF EXISTS idea_votes_participant;";

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == CH_STORE_SCHEMA_VERSION);

static const Table *
find_table (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i].get_type () == type)
      return &tables[i];

  g_return_val_if_reached (NULL);
}

static gboolean
set_error_from_rc (ChStore     *self,
                   int          rc,
                   GError     **error)
{
  const char *name = self->display_name;
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FULL,
                   _("Could not save to “%s”: the disk is full. "
                     "The last change was not saved; free some space and try again."),
                   name);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_LOCKED,
                   _("“%s” is open in another Charrette window. "
                     "Close it there first."),
                   name);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_READ_ONLY,
                   _("Could not write to “%s”: the file or its folder cannot be changed."),
                   name);
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be opened safely (%s)."),
                   name, detail);
      break;

    case SQLITE_IOERR:
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FAILED,
                   _("Could not read or write “%s”: the disk reported an error (%s)."),
                   name, detail);
      break;

    default:
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FAILED,
                   _("Could not use “%s”: %s."),
                   name, detail);
      break;
    }

  return FALSE;
}

/* Statements are prepared once and kept for the life of the store, found
 * by the address of their SQL: every caller passes a string literal or a
 * string of get_table_sql(), which live as long as the program. */
static sqlite3_stmt *
get_statement (ChStore     *self,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_rc (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer)sql, stmt);

  return stmt;
}

/* Runs @sql, which may hold several statements, one prepared statement at
 * a time. */
static gboolean
run_script (ChStore     *self,
            const char  *sql,
            GError     **error)
{
  const char *tail = sql;

  while (tail != NULL && *tail != '\0')
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      const char *next = NULL;
      int rc;

      rc = sqlite3_prepare_v2 (self->db, tail, -1, &stmt, &next);
      if (rc != SQLITE_OK)
        return set_error_from_rc (self, rc, error);

      tail = next;
      if (stmt == NULL)
        continue;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        ;

      if (rc != SQLITE_DONE)
        return set_error_from_rc (self, rc, error);
    }

  return TRUE;
}

/* Runs a statement that returns at most one row whose first column is
 * an integer, such as most PRAGMAs. */
static gboolean
query_int (ChStore     *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = get_statement (self, sql, error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return set_error_from_rc (self, rc, error);

  return TRUE;
}

static gboolean
step_done (ChStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return set_error_from_rc (self, rc, error);

  return TRUE;
}

/* The text must stay as it is until the statement has been stepped:
 * SQLite does not copy it. */
static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static char *
dup_column_text (sqlite3_stmt *stmt,
                 int           index)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, index));
}

static ChStore *
store_new (const char *path)
{
  ChStore *self = g_new0 (ChStore, 1);

  self->path = g_strdup (path);
  self->display_name = g_filename_display_basename (path);
  self->statements = g_hash_table_new_full (NULL, NULL, NULL,
                                            (GDestroyNotify)sqlite3_finalize);

  return self;
}

/* Reads the first bytes of @path: a project file starts with SQLite's
 * header. Says which file it is in the error. */
static gboolean
check_header (const char  *path,
              const char  *display_name,
              GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  char header[100];
  gsize n_read = 0;

  if (!(stream = g_file_read (file, NULL, &local_error)))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_NOT_FOUND,
                     _("“%s” does not exist."), display_name);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_NOT_A_DATABASE,
                     _("“%s” is a folder, not a Charrette project."), display_name);
      else
        g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FAILED,
                     _("Could not read “%s”: %s"), display_name, local_error->message);
      return FALSE;
    }

  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header,
                                &n_read, NULL, &local_error))
    {
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FAILED,
                   _("Could not read “%s”: %s"), display_name, local_error->message);
      return FALSE;
    }

  if (n_read < sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Charrette project: it is not a project file at all."),
                   display_name);
      return FALSE;
    }

  return TRUE;
}

/* The checks made on every file before anything is written to it. */
static gboolean
check_database (ChStore     *self,
                gboolean     thorough,
                GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 value = 0;
  int rc;

  /* The probe: the first read of the file, which also takes its lock. */
  if (!query_int (self, "SELECT count(*) FROM sqlite_schema", &value, error))
    return FALSE;

  if (!query_int (self, "PRAGMA application_id", &value, error))
    return FALSE;

  if (value != CH_STORE_APPLICATION_ID)
    {
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FOREIGN,
                   _("“%s” is not a Charrette project: it is a database made by another program."),
                   self->display_name);
      return FALSE;
    }

  if (!query_int (self, "PRAGMA user_version", &value, error))
    return FALSE;

  if (value > CH_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_NEWER,
                   _("“%s” was made by a newer version of Charrette. "
                     "Update Charrette to open it."),
                   self->display_name);
      return FALSE;
    }

  /* The quick check reads every page: for opening and copying, not for
   * the start screen's list. */
  if (!thorough)
    return TRUE;

  if (!(stmt = get_statement (self, "PRAGMA quick_check(1)", error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be opened safely (%s)."),
                   self->display_name, (const char *)sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    return set_error_from_rc (self, rc, error);

  return TRUE;
}

static gboolean
migrate (ChStore     *self,
         GError     **error)
{
  g_autofree char *set_version = NULL;
  gint64 version = 0;

  if (!query_int (self, "PRAGMA user_version", &version, error))
    return FALSE;

  if (version == CH_STORE_SCHEMA_VERSION)
    return TRUE;

  if (!ch_store_begin (self, error))
    return FALSE;

  for (gint64 i = version; i < CH_STORE_SCHEMA_VERSION; i++)
    {
      if (!run_script (self, migrations[i], error))
        {
          ch_store_rollback (self);
          return FALSE;
        }
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", CH_STORE_SCHEMA_VERSION);
  if (!run_script (self, indexes, error) ||
      !run_script (self, set_version, error) ||
      !ch_store_commit (self, error))
    {
      ch_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

/* Connection settings, made once a file has passed its checks. */
static gboolean
configure (ChStore     *self,
           GError     **error)
{
  return run_script (self,
                     "PRAGMA foreign_keys = ON;"
                     "PRAGMA journal_mode = WAL;"
                     "PRAGMA synchronous = FULL;"
                     "PRAGMA journal_size_limit = 4194304;",
                     error);
}

static gboolean
open_connection (ChStore     *self,
                 int          flags,
                 GError     **error)
{
  /* NOMUTEX: a connection is used by one thread at a time (the project's,
   * or an import's worker while the project is held), never by two. */
  int rc = sqlite3_open_v2 (self->path, &self->db,
                            flags | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc != SQLITE_OK)
    return set_error_from_rc (self, rc, error);

  /* A second Charrette waits this long for the lock before it says that
   * the project is open elsewhere. */
  sqlite3_busy_timeout (self->db, 200);

  return run_script (self, "PRAGMA locking_mode = EXCLUSIVE", error);
}

/**
 * ch_store_open:
 * @path: a project file
 *
 * Opens an existing project file for reading and writing, after checking
 * that it is a Charrette project this version can use. A file that fails
 * a check is not changed.
 */
ChStore *
ch_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(ChStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = store_new (path);

  if (!check_header (path, self->display_name, error) ||
      !open_connection (self, SQLITE_OPEN_READWRITE, error))
    return NULL;

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_READ_ONLY,
                   _("Could not open “%s” for writing: the file cannot be changed."),
                   self->display_name);
      return NULL;
    }

  if (!check_database (self, TRUE, error) ||
      !configure (self, error) ||
      !migrate (self, error))
    return NULL;

  self->writable = TRUE;

  return g_steal_pointer (&self);
}

/**
 * ch_store_create:
 * @path: where to make the project file; must not exist
 *
 * Makes a new project file with the current schema and @workshop's row.
 * Nothing is left at @path when this fails.
 */
ChStore *
ch_store_create (const char             *path,
                 const ChStoreWorkshop  *workshop,
                 GError                **error)
{
  g_autoptr(ChStore) self = NULL;
  g_autofree char *set_id = NULL;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (workshop != NULL && workshop->id != NULL, NULL);

  self = store_new (path);

  /* O_EXCL: never replace a file that is there. */
  fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_EXISTS,
                     _("Could not create “%s”: a file with that name exists."),
                     self->display_name);
      else if (saved_errno == ENOSPC)
        g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_FULL,
                     _("Could not create “%s”: the disk is full."),
                     self->display_name);
      else
        g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_READ_ONLY,
                     _("Could not create “%s”: %s."),
                     self->display_name, g_strerror (saved_errno));
      return NULL;
    }
  g_close (fd, NULL);

  set_id = g_strdup_printf ("PRAGMA application_id = %d", CH_STORE_APPLICATION_ID);

  /* 8 KiB pages: a row of an idea with its description fits a page more
   * often, and large projects load and import faster. */
  if (!open_connection (self, SQLITE_OPEN_READWRITE, error) ||
      !run_script (self, "PRAGMA page_size = 8192", error) ||
      !configure (self, error) ||
      !ch_store_begin (self, error) ||
      !run_script (self, set_id, error) ||
      !migrate (self, error) ||
      !ch_store_save_workshop (self, workshop, error) ||
      !ch_store_commit (self, error))
    {
      ch_store_rollback (self);
      g_clear_pointer (&self->statements, g_hash_table_unref);
      g_clear_pointer (&self->db, sqlite3_close);
      g_unlink (path);
      return NULL;
    }

  self->writable = TRUE;

  return g_steal_pointer (&self);
}

/**
 * ch_store_close:
 *
 * Closes the file (checkpointing its write-ahead log) and frees @self.
 */
void
ch_store_close (ChStore *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->statements, g_hash_table_unref);

  /* A closed project is one self-contained file in rollback-journal mode:
   * it can be copied, mailed or read by a read-only connection without a
   * write-ahead log beside it. It goes back to WAL when it is opened. */
  if (self->db != NULL && self->writable)
    sqlite3_exec (self->db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (self->db != NULL)
    {
      if (sqlite3_close (self->db) != SQLITE_OK)
        g_warning ("Could not close %s: %s", self->path, sqlite3_errmsg (self->db));
      self->db = NULL;
    }
  g_free (self->display_name);
  g_free (self->path);
  g_free (self);
}

const char *
ch_store_get_path (ChStore *self)
{
  return self->path;
}

/* Transactions nest as savepoints; the outermost one is the transaction. */
gboolean
ch_store_begin (ChStore  *self,
                GError  **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = get_statement (self, "SAVEPOINT ch", error)) || !step_done (self, stmt, error))
    return FALSE;

  self->depth++;

  return TRUE;
}

gboolean
ch_store_commit (ChStore  *self,
                 GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (self->depth > 0, FALSE);

  if (!(stmt = get_statement (self, "RELEASE ch", error)) || !step_done (self, stmt, error))
    return FALSE;

  self->depth--;

  return TRUE;
}

void
ch_store_rollback (ChStore *self)
{
  if (self->depth == 0)
    return;

  /* After a full disk or an I/O error SQLite may already have rolled back
   * the whole transaction; then there is no savepoint left to undo. */
  if (!sqlite3_get_autocommit (self->db))
    {
      sqlite3_exec (self->db, "ROLLBACK TO ch", NULL, NULL, NULL);
      sqlite3_exec (self->db, "RELEASE ch", NULL, NULL, NULL);
      self->depth--;
    }

  if (sqlite3_get_autocommit (self->db))
    self->depth = 0;
}

void
ch_store_workshop_clear (ChStoreWorkshop *workshop)
{
  g_clear_pointer (&workshop->id, g_free);
  g_clear_pointer (&workshop->title, g_free);
  g_clear_pointer (&workshop->description, g_free);
}

gboolean
ch_store_read_workshop (ChStore          *self,
                        ChStoreWorkshop  *workshop,
                        GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = get_statement (self,
                              "SELECT id, title, description, created, modified FROM workshop",
                              error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        {
          g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged and cannot be opened safely (%s)."),
                       self->display_name, _("it has no workshop"));
          return FALSE;
        }
      return set_error_from_rc (self, rc, error);
    }

  workshop->id = dup_column_text (stmt, 0);
  workshop->title = dup_column_text (stmt, 1);
  workshop->description = dup_column_text (stmt, 2);
  workshop->created = sqlite3_column_int64 (stmt, 3);
  workshop->modified = sqlite3_column_int64 (stmt, 4);
  sqlite3_reset (stmt);

  return TRUE;
}

gboolean
ch_store_save_workshop (ChStore                *self,
                        const ChStoreWorkshop  *workshop,
                        GError                **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = get_statement (self,
                              "INSERT INTO workshop (id, title, description, created, modified)"
                              " VALUES (?1, ?2, ?3, ?4, ?5)"
                              " ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                              " description = excluded.description,"
                              " created = excluded.created,"
                              " modified = excluded.modified",
                              error)))
    return FALSE;

  bind_text (stmt, 1, workshop->id);
  bind_text (stmt, 2, workshop->title ? workshop->title : "");
  bind_text (stmt, 3, workshop->description);
  sqlite3_bind_int64 (stmt, 4, workshop->created);
  sqlite3_bind_int64 (stmt, 5, workshop->modified);

  return step_done (self, stmt, error);
}

static gboolean
touch_workshop (ChStore  *self,
                gint64    now,
                GError  **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = get_statement (self, "UPDATE workshop SET modified = ?1", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, now);

  return step_done (self, stmt, error);
}

/* Binds @value (a property's value) to a parameter, by its type. */
static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            const Column *column,
            const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    bind_text (stmt, index, g_value_get_string (value));
  else if (G_TYPE_IS_ENUM (type))
    bind_text (stmt, index, ch_enum_to_nick (type, g_value_get_enum (value)));
  else if (type == G_TYPE_INT && column->zero_is_null && g_value_get_int (value) == 0)
    sqlite3_bind_null (stmt, index);
  else if (type == G_TYPE_INT)
    sqlite3_bind_int (stmt, index, g_value_get_int (value));
  else if (type == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
  else
    g_assert_not_reached ();
}

/* Reads column @index of the current row into @value, already
 * initialized to the property's type. */
static void
read_value (sqlite3_stmt *stmt,
            int           index,
            GValue       *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    g_value_set_string (value, (const char *)sqlite3_column_text (stmt, index));
  else if (G_TYPE_IS_ENUM (type))
    {
      int v = 0;

      if (ch_enum_from_nick (type, (const char *)sqlite3_column_text (stmt, index), &v))
        g_value_set_enum (value, v);
    }
  else if (type == G_TYPE_INT)
    g_value_set_int (value, sqlite3_column_int (stmt, index));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, index));
  else
    g_assert_not_reached ();
}

typedef struct
{
  char *upsert;
  char *select;
  char *delete;
  char *link_delete[2];
  char *link_insert[2];
  char *link_select[2];
} TableSql;

static char *build_upsert_sql (const Table *table);
static char *build_select_sql (const Table *table);

/* The statements of each table, made once per process. */
static const TableSql *
get_table_sql (const Table *table)
{
  static TableSql sqls[G_N_ELEMENTS (tables)];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
        {
          const Table *t = &tables[i];

          sqls[i].upsert = build_upsert_sql (t);
          sqls[i].select = build_select_sql (t);
          sqls[i].delete = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", t->table);
          for (guint j = 0; t->links && t->links[j].table; j++)
            {
              const StrvLink *link = &t->links[j];

              g_assert (j < G_N_ELEMENTS (sqls[i].link_delete));
              sqls[i].link_delete[j] = g_strdup_printf ("DELETE FROM %s WHERE %s = ?1",
                                                        link->table, link->owner_column);
              sqls[i].link_insert[j] =
                g_strdup_printf ("INSERT INTO %s (%s, position, %s) VALUES (?1, ?2, ?3)",
                                 link->table, link->owner_column, link->value_column);
              sqls[i].link_select[j] =
                g_strdup_printf ("SELECT %s, %s FROM %s ORDER BY %s, position",
                                 link->owner_column, link->value_column, link->table,
                                 link->owner_column);
            }
        }
      g_once_init_leave (&initialized, 1);
    }

  return &sqls[table - tables];
}

static char *
build_upsert_sql (const Table *table)
{
  GString *sql = g_string_new (NULL);
  guint n = 0;

  g_string_append_printf (sql, "INSERT INTO %s (id, modified", table->table);
  for (const Column *c = table->columns; c->column; c++, n++)
    g_string_append_printf (sql, ", %s", c->column);
  g_string_append (sql, ") VALUES (?1, ?2");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, ", ?%u", i + 3);
  g_string_append (sql, ") ON CONFLICT (id) DO UPDATE SET modified = excluded.modified");
  for (const Column *c = table->columns; c->column; c++)
    g_string_append_printf (sql, ", %s = excluded.%s", c->column, c->column);

  return g_string_free (sql, FALSE);
}

static char *
build_select_sql (const Table *table)
{
  GString *sql = g_string_new ("SELECT id, modified");

  for (const Column *c = table->columns; c->column; c++)
    g_string_append_printf (sql, ", %s", c->column);
  g_string_append_printf (sql, " FROM %s ORDER BY rowid", table->table);

  return g_string_free (sql, FALSE);
}

/* Writes one list of texts; @fresh: the entity is new in this
 * transaction, so it has no rows to delete. */
static gboolean
save_strv_link (ChStore         *self,
                ChEntity        *entity,
                guint            index,
                gboolean         fresh,
                GError         **error)
{
  const Table *table = find_table (G_OBJECT_TYPE (entity));
  const StrvLink *link = &table->links[index];
  const TableSql *sql = get_table_sql (table);
  g_auto(GStrv) values = NULL;
  sqlite3_stmt *stmt;
  const char *id = ch_entity_get_id (entity);

  if (!fresh)
    {
      if (!(stmt = get_statement (self, sql->link_delete[index], error)))
        return FALSE;
      bind_text (stmt, 1, id);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  g_object_get (entity, link->property, &values, NULL);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (!(stmt = get_statement (self, sql->link_insert[index], error)))
        return FALSE;
      bind_text (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, values[i]);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
delete_rows (ChStore     *self,
             const char  *sql,
             const char  *id,
             GError     **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = get_statement (self, sql, error)))
    return FALSE;
  bind_text (stmt, 1, id);

  return step_done (self, stmt, error);
}

static gboolean
save_idea_people (ChStore  *self,
                  ChIdea   *idea,
                  gboolean  fresh,
                  GError  **error)
{
  const char *id = ch_entity_get_id (CH_ENTITY (idea));
  GPtrArray *contributors = ch_idea_get_contributors (idea);
  GPtrArray *votes = ch_idea_get_votes (idea);
  sqlite3_stmt *stmt;

  if (!fresh &&
      (!delete_rows (self, "DELETE FROM idea_contributors WHERE idea_id = ?1", id, error) ||
       !delete_rows (self, "DELETE FROM idea_votes WHERE idea_id = ?1", id, error)))
    return FALSE;

  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    {
      const ChContributor *contributor = g_ptr_array_index (contributors, i);

      if (!(stmt = get_statement (self,
                                  "INSERT INTO idea_contributors"
                                  " (idea_id, position, participant_id, informed)"
                                  " VALUES (?1, ?2, ?3, ?4)",
                                  error)))
        return FALSE;
      bind_text (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, contributor->participant_id);
      bind_text (stmt, 4, contributor->informed);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; votes != NULL && i < votes->len; i++)
    {
      const ChVote *vote = g_ptr_array_index (votes, i);

      if (!(stmt = get_statement (self,
                                  "INSERT INTO idea_votes (idea_id, position, participant_id, dots)"
                                  " VALUES (?1, ?2, ?3, ?4)",
                                  error)))
        return FALSE;
      bind_text (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, vote->participant_id);
      sqlite3_bind_int (stmt, 4, vote->dots);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_entity (ChStore   *self,
             ChEntity  *entity,
             gboolean   fresh,
             GError   **error)
{
  const Table *table = find_table (G_OBJECT_TYPE (entity));
  const TableSql *sql = get_table_sql (table);
  sqlite3_stmt *stmt;
  int index = 3;

  if (!(stmt = get_statement (self, sql->upsert, error)))
    return FALSE;

  bind_text (stmt, 1, ch_entity_get_id (entity));
  sqlite3_bind_int64 (stmt, 2, ch_entity_get_modified (entity));

  {
    /* The values live until the row is written: their texts are bound
     * without a copy. */
    GValue values[16] = { G_VALUE_INIT };
    gboolean ok;
    guint n = 0;

    for (const Column *c = table->columns; c->column; c++, index++, n++)
      {
        g_assert (n < G_N_ELEMENTS (values));
        g_object_get_property (G_OBJECT (entity), c->property, &values[n]);
        bind_value (stmt, index, c, &values[n]);
      }

    ok = step_done (self, stmt, error);

    for (guint i = 0; i < n; i++)
      g_value_unset (&values[i]);

    if (!ok)
      return FALSE;
  }

  for (guint i = 0; table->links && table->links[i].table; i++)
    if (!save_strv_link (self, entity, i, fresh, error))
      return FALSE;

  if (CH_IS_IDEA (entity) && !save_idea_people (self, CH_IDEA (entity), fresh, error))
    return FALSE;

  return TRUE;
}

/**
 * ch_store_import:
 * @fresh: whether @entity is new to the file (nothing of it to replace)
 *
 * Writes @entity as it is, its own modified time included, without
 * touching the workshop's: for an import, inside the import's
 * transaction (ch_store_begin()).
 */
gboolean
ch_store_import (ChStore   *self,
                 ChEntity  *entity,
                 gboolean   fresh,
                 GError   **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);

  return save_entity (self, entity, fresh, error);
}

/**
 * ch_store_start_bulk_load:
 *
 * For filling a new, empty file in one large transaction, before
 * ch_store_begin(): a rollback journal (an empty file has nothing to
 * journal, and a crash rolls back to empty) instead of a write-ahead log
 * that would take every spilled page again; a larger page cache; no
 * syncs (the caller syncs the new file once it is closed, before anyone
 * uses it); foreign keys off (the reader has checked every reference of
 * the file, and the file was empty); the secondary indexes dropped, to
 * be made again by ch_store_end_bulk_load(). The store is closed after.
 */
gboolean
ch_store_start_bulk_load (ChStore  *self,
                          GError  **error)
{
  g_return_val_if_fail (self->depth == 0, FALSE);

  return run_script (self,
                     "PRAGMA foreign_keys = OFF;"
                     "PRAGMA journal_mode = DELETE;"
                     "PRAGMA synchronous = OFF;"
                     "PRAGMA cache_size = -16384;",
                     error) &&
         run_script (self, drop_indexes, error);
}

/**
 * ch_store_end_bulk_load:
 *
 * Makes the indexes again, inside the bulk load's transaction.
 */
gboolean
ch_store_end_bulk_load (ChStore  *self,
                        GError  **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);

  return run_script (self, indexes, error);
}

/**
 * ch_store_replace_workshop:
 *
 * Makes @workshop (with its own id) the file's workshop: for an import
 * into a new project, which takes the workshop file's id.
 */
gboolean
ch_store_replace_workshop (ChStore                *self,
                           const ChStoreWorkshop  *workshop,
                           GError                **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = get_statement (self, "DELETE FROM workshop", error)) || !step_done (self, stmt, error))
    return FALSE;

  return ch_store_save_workshop (self, workshop, error);
}

/**
 * ch_store_save:
 *
 * Writes @entity, its row and its lists, inserting or updating it, and
 * sets the workshop's modified time to @now: all or nothing.
 */
gboolean
ch_store_save (ChStore   *self,
               ChEntity  *entity,
               gint64     now,
               GError   **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (CH_IS_ENTITY (entity), FALSE);

  if (!ch_store_begin (self, error))
    return FALSE;

  if (!save_entity (self, entity, FALSE, error) ||
      !touch_workshop (self, now, error) ||
      !ch_store_commit (self, error))
    {
      ch_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

/**
 * ch_store_delete:
 *
 * Deletes @entity and its lists. References to it are cleared by the
 * schema (ON DELETE SET NULL / CASCADE); the caller updates its objects.
 */
gboolean
ch_store_delete (ChStore   *self,
                 ChEntity  *entity,
                 gint64     now,
                 GError   **error)
{
  const TableSql *sql = get_table_sql (find_table (G_OBJECT_TYPE (entity)));
  sqlite3_stmt *stmt;

  if (!ch_store_begin (self, error))
    return FALSE;

  if (!(stmt = get_statement (self, sql->delete, error)))
    goto failed;

  bind_text (stmt, 1, ch_entity_get_id (entity));

  if (!step_done (self, stmt, error) ||
      !touch_workshop (self, now, error) ||
      !ch_store_commit (self, error))
    goto failed;

  return TRUE;

failed:
  ch_store_rollback (self);
  return FALSE;
}

static gboolean
load_strv_link (ChStore         *self,
                const StrvLink  *link,
                const char      *sql,
                GHashTable      *by_id,
                GError         **error)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  ChEntity *owner = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = get_statement (self, sql, error)))
    return FALSE;

  /* Rows come grouped by owner: collect a group, then set it. */
  while (TRUE)
    {
      const char *owner_id;

      rc = sqlite3_step (stmt);
      owner_id = rc == SQLITE_ROW ? (const char *)sqlite3_column_text (stmt, 0) : NULL;

      if (owner != NULL && (owner_id == NULL || strcmp (owner_id, ch_entity_get_id (owner)) != 0))
        {
          g_ptr_array_add (values, NULL);
          g_object_set (owner, link->property, values->pdata, NULL);
          g_ptr_array_set_size (values, 0);
          owner = NULL;
        }

      if (rc != SQLITE_ROW)
        break;

      if (owner == NULL)
        owner = g_hash_table_lookup (by_id, owner_id);

      if (owner != NULL)
        g_ptr_array_add (values, g_strdup ((const char *)sqlite3_column_text (stmt, 1)));
    }

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return set_error_from_rc (self, rc, error);

  return TRUE;
}

static gboolean
load_idea_people (ChStore     *self,
                  GHashTable  *by_id,
                  GError     **error)
{
  static const char * const queries[] = {
    "SELECT idea_id, participant_id, informed FROM idea_contributors"
    " ORDER BY idea_id, position",
    "SELECT idea_id, participant_id, dots FROM idea_votes ORDER BY idea_id, position",
  };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GPtrArray) items = NULL;
      ChEntity *owner = NULL;
      sqlite3_stmt *stmt;
      int rc;

      if (!(stmt = get_statement (self, queries[q], error)))
        return FALSE;

      while (TRUE)
        {
          const char *owner_id;

          rc = sqlite3_step (stmt);
          owner_id = rc == SQLITE_ROW ? (const char *)sqlite3_column_text (stmt, 0) : NULL;

          if (owner != NULL &&
              (owner_id == NULL || strcmp (owner_id, ch_entity_get_id (owner)) != 0))
            {
              g_object_set (owner, q == 0 ? "contributors" : "votes", items, NULL);
              g_clear_pointer (&items, g_ptr_array_unref);
              owner = NULL;
            }

          if (rc != SQLITE_ROW)
            break;

          if (owner == NULL && (owner = g_hash_table_lookup (by_id, owner_id)))
            items = g_ptr_array_new_with_free_func (q == 0 ? (GDestroyNotify)ch_contributor_free
                                                           : (GDestroyNotify)ch_vote_free);

          if (owner == NULL)
            continue;

          if (q == 0)
            g_ptr_array_add (items,
                             ch_contributor_new ((const char *)sqlite3_column_text (stmt, 1),
                                                 (const char *)sqlite3_column_text (stmt, 2)));
          else
            g_ptr_array_add (items,
                             ch_vote_new ((const char *)sqlite3_column_text (stmt, 1),
                                          sqlite3_column_int (stmt, 2)));
        }

      sqlite3_reset (stmt);

      if (rc != SQLITE_DONE)
        return set_error_from_rc (self, rc, error);
    }

  return TRUE;
}

/**
 * ch_store_load:
 * @type: a ChEntity subclass
 * @by_id: a table (string keys) that gets every entity loaded by its id
 *
 * Returns: (transfer full) (element-type ChEntity): every entity of @type,
 *   in the order they were first stored.
 */
GPtrArray *
ch_store_load (ChStore     *self,
               GType        type,
               GHashTable  *by_id,
               GError     **error)
{
  const Table *table = find_table (type);
  const char *sql = get_table_sql (table)->select;
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree const char **names = NULL;
  g_autofree GValue *values = NULL;
  GObjectClass *klass;
  sqlite3_stmt *stmt;
  guint n_columns = 0;
  int rc;

  for (const Column *c = table->columns; c->column; c++)
    n_columns++;

  /* Property names and values: id, modified, then the table's columns. */
  klass = g_type_class_ref (type);
  names = g_new0 (const char *, n_columns + 2);
  values = g_new0 (GValue, n_columns + 2);
  names[0] = "id";
  names[1] = "modified";
  g_value_init (&values[0], G_TYPE_STRING);
  g_value_init (&values[1], G_TYPE_INT64);
  for (guint i = 0; i < n_columns; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, table->columns[i].property);

      names[i + 2] = table->columns[i].property;
      g_value_init (&values[i + 2], pspec->value_type);
    }
  g_type_class_unref (klass);

  if (!(stmt = get_statement (self, sql, error)))
    goto failed;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ChEntity *entity;

      g_value_set_string (&values[0], (const char *)sqlite3_column_text (stmt, 0));
      g_value_set_int64 (&values[1], sqlite3_column_int64 (stmt, 1));
      for (guint i = 0; i < n_columns; i++)
        read_value (stmt, i + 2, &values[i + 2]);

      entity = CH_ENTITY (g_object_new_with_properties (type, n_columns + 2, names, values));

      g_ptr_array_add (entities, entity);
      g_hash_table_insert (by_id, (gpointer)ch_entity_get_id (entity), entity);
    }

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_error_from_rc (self, rc, error);
      goto failed;
    }

  if (table->links != NULL || type == CH_TYPE_IDEA)
    {
      for (guint i = 0; table->links && table->links[i].table; i++)
        if (!load_strv_link (self, &table->links[i], get_table_sql (table)->link_select[i],
                             by_id, error))
          goto failed;

      if (type == CH_TYPE_IDEA && !load_idea_people (self, by_id, error))
        goto failed;
    }

  for (guint i = 0; i < n_columns + 2; i++)
    g_value_unset (&values[i]);

  return g_steal_pointer (&entities);

failed:
  for (guint i = 0; i < n_columns + 2; i++)
    g_value_unset (&values[i]);

  return NULL;
}

/**
 * ch_store_check_integrity:
 *
 * Runs SQLite's full integrity check and the foreign key check.
 */
gboolean
ch_store_check_integrity (ChStore  *self,
                          GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_error_from_rc (self, rc, error);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_error_from_rc (self, rc, error);

  if (g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be opened safely (%s)."),
                   self->display_name, (const char *)sqlite3_column_text (stmt, 0));
      return FALSE;
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_error_from_rc (self, rc, error);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be opened safely (%s)."),
                   self->display_name, _("a reference points to nothing"));
      return FALSE;
    }

  if (rc != SQLITE_DONE)
    return set_error_from_rc (self, rc, error);

  return TRUE;
}

/* Opens @path read-only for a summary or a copy, after the same checks
 * as ch_store_open(). */
static ChStore *
open_read_only (const char  *path,
                gboolean     thorough,
                GError     **error)
{
  g_autoptr(ChStore) self = store_new (path);
  int rc;

  if (!check_header (path, self->display_name, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_rc (self, rc, error);
      return NULL;
    }

  sqlite3_busy_timeout (self->db, 200);

  if (!check_database (self, thorough, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * ch_store_read_summary:
 *
 * Reads what the start screen shows of a project that is not open here.
 */
gboolean
ch_store_read_summary (const char  *path,
                       char       **title,
                       gint64      *modified,
                       guint       *n_ideas,
                       guint       *n_personas,
                       GError     **error)
{
  g_autoptr(ChStore) self = NULL;
  ChStoreWorkshop workshop = { 0 };
  gint64 count = 0;

  if (!(self = open_read_only (path, FALSE, error)))
    return FALSE;

  /* A file of an older schema is migrated when it is opened; until then
   * it is read as it is. */
  if (!ch_store_read_workshop (self, &workshop, error))
    return FALSE;

  *title = g_steal_pointer (&workshop.title);
  *modified = workshop.modified;
  ch_store_workshop_clear (&workshop);

  if (!query_int (self, "SELECT count(*) FROM ideas", &count, error))
    return FALSE;
  *n_ideas = count;

  if (!query_int (self, "SELECT count(*) FROM personas", &count, error))
    return FALSE;
  *n_personas = count;

  return TRUE;
}

/**
 * ch_store_copy:
 * @source_path: a project file, checked before it is copied
 * @dest_path: the copy; must not exist
 *
 * Copies a project with SQLite's online backup API, which reads a
 * consistent snapshot even while another program writes the source.
 * Nothing is left at @dest_path when this fails.
 */
gboolean
ch_store_copy (const char  *source_path,
               const char  *dest_path,
               GError     **error)
{
  g_autoptr(ChStore) source = NULL;
  g_autoptr(ChStore) dest = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  if (!(source = open_read_only (source_path, TRUE, error)))
    return FALSE;

  dest = store_new (dest_path);
  fd = g_open (dest_path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      g_set_error (error, CH_STORE_ERROR,
                   errno == EEXIST ? CH_STORE_ERROR_EXISTS : CH_STORE_ERROR_READ_ONLY,
                   _("Could not create “%s”: %s."),
                   dest->display_name, g_strerror (errno));
      return FALSE;
    }
  g_close (fd, NULL);

  rc = sqlite3_open_v2 (dest_path, &dest->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  backup = sqlite3_backup_init (dest->db, "main", source->db, "main");
  if (backup == NULL)
    {
      rc = sqlite3_errcode (dest->db);
      goto failed;
    }

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    goto failed;

  return TRUE;

failed:
  set_error_from_rc (dest, rc, error);
  g_clear_pointer (&dest, ch_store_close);
  g_unlink (dest_path);
  return FALSE;
}
