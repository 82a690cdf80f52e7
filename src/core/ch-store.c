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

typedef struct
{
  GType        (*get_type) (void);
  const char    *table;
  const Column  *columns;
} Table;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_DEFINE_QUARK (ch-store-error-quark, ch_store_error)

static const Column session_columns[] = {
  { "title", "title" },
  { "date", "date" },
  { "facilitator", "facilitator" },
  { "agenda", "agenda" },
  { "anonymous", "anonymous" },
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
  { "quotes", "quotes" },
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
  { "tags", "tags" },
  { "personas", "personas" },
  { "contributors", "contributors" },
  { "votes", "votes" },
  { NULL }
};

static const Table tables[] = {
  { ch_session_get_type, "sessions", session_columns },
  { ch_persona_get_type, "personas", persona_columns },
  { ch_participant_get_type, "participants", participant_columns },
  { ch_cluster_get_type, "clusters", cluster_columns },
  { ch_idea_get_type, "ideas", idea_columns },
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
  "  quotes TEXT CHECK (quotes IS NULL OR json_valid (quotes)),"
  "  modified INTEGER NOT NULL"
  ");"
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
  /* The lists of an idea are JSON arrays: tags and personas of
   * strings, contributors of {"participant", "informed"}, votes of
   * {"participant", "dots"}. One row per idea keeps loading and
   * importing large workshops fast; the project keeps the references
   * right when what they name is deleted. */
  "  tags TEXT CHECK (tags IS NULL OR json_valid (tags)),"
  "  personas TEXT CHECK (personas IS NULL OR json_valid (personas)),"
  "  contributors TEXT CHECK (contributors IS NULL OR json_valid (contributors)),"
  "  votes TEXT CHECK (votes IS NULL OR json_valid (votes)),"
  "  modified INTEGER NOT NULL"
  ");",

  /* 1 → 2: anonymous sessions, which keep no contributor. Only the project
   * file knows of them: workshop format 1 has no place for it. */
  "ALTER TABLE sessions ADD COLUMN"
  "  anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1));",

  /* 2 → 3: the voting round, one row: its state and rules. Only the
   * project file knows of it: workshop format 1 keeps the dots (each
   * idea's votes) but not the round. */
  "CREATE TABLE voting ("
  "  id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),"
  "  state TEXT NOT NULL DEFAULT 'none' CHECK (state IN ('none', 'open', 'ended')),"
  "  budget INTEGER NOT NULL DEFAULT 5 CHECK (budget BETWEEN 1 AND 99),"
  "  max_per_idea INTEGER NOT NULL DEFAULT 0 CHECK (max_per_idea BETWEEN 0 AND 99),"
  "  no_own_ideas INTEGER NOT NULL DEFAULT 0 CHECK (no_own_ideas IN (0, 1))"
  ");"
  "INSERT INTO voting (id) VALUES (1);",
};

/* The indexes that are not keys, made after the tables of each version
 * (IF NOT EXISTS: a later version may add its own). A bulk load drops
 * them and makes them again at the end, which is several times faster
 * than keeping them up to date row by row. */
static const char * const indexes =
  "CREATE INDEX IF NOT EXISTS participants_persona ON participants (persona_id);"
  "CREATE INDEX IF NOT EXISTS ideas_cluster ON ideas (cluster_id);"
  "CREATE INDEX IF NOT EXISTS ideas_session ON ideas (session_id);";

static const char * const drop_indexes =
  "DROP INDEX IF EXISTS participants_persona;"
  "DROP INDEX IF EXISTS ideas_cluster;"
  "DROP INDEX IF EXISTS ideas_session;";

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

static gboolean touch_workshop (ChStore  *self,
                                gint64    now,
                                GError  **error);

/**
 * ch_store_read_voting:
 *
 * Reads the voting round; a file without one has the defaults (no round,
 * CH_VOTING_DEFAULT_BUDGET dots, no limit, no rule).
 */
gboolean
ch_store_read_voting (ChStore        *self,
                      ChStoreVoting  *voting,
                      GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  voting->state = CH_VOTING_STATE_NONE;
  voting->budget = CH_VOTING_DEFAULT_BUDGET;
  voting->max_per_idea = 0;
  voting->no_own_ideas = FALSE;

  if (!(stmt = get_statement (self,
                              "SELECT state, budget, max_per_idea, no_own_ideas FROM voting"
                              " WHERE id = 1",
                              error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      ChVotingState state;

      if (!ch_voting_state_from_nick ((const char *)sqlite3_column_text (stmt, 0), &state))
        {
          sqlite3_reset (stmt);
          g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged and cannot be opened safely (%s)."),
                       self->display_name, _("its voting round cannot be read"));
          return FALSE;
        }

      voting->state = state;
      voting->budget = sqlite3_column_int (stmt, 1);
      voting->max_per_idea = sqlite3_column_int (stmt, 2);
      voting->no_own_ideas = sqlite3_column_int (stmt, 3) != 0;
      rc = sqlite3_step (stmt);
    }

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return set_error_from_rc (self, rc, error);

  return TRUE;
}

/**
 * ch_store_save_voting:
 *
 * Writes the voting round and sets the workshop's modified time to @now.
 */
gboolean
ch_store_save_voting (ChStore              *self,
                      const ChStoreVoting  *voting,
                      gint64                now,
                      GError              **error)
{
  sqlite3_stmt *stmt;

  if (!ch_store_begin (self, error))
    return FALSE;

  if (!(stmt = get_statement (self,
                              "INSERT INTO voting (id, state, budget, max_per_idea, no_own_ideas)"
                              " VALUES (1, ?1, ?2, ?3, ?4)"
                              " ON CONFLICT (id) DO UPDATE SET state = excluded.state,"
                              " budget = excluded.budget,"
                              " max_per_idea = excluded.max_per_idea,"
                              " no_own_ideas = excluded.no_own_ideas",
                              error)))
    goto failed;

  bind_text (stmt, 1, ch_voting_state_to_nick (voting->state));
  sqlite3_bind_int (stmt, 2, voting->budget);
  sqlite3_bind_int (stmt, 3, voting->max_per_idea);
  sqlite3_bind_int (stmt, 4, voting->no_own_ideas ? 1 : 0);

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

/* Lists are kept as JSON arrays. Only what must be escaped is: quotes,
 * backslashes and control characters. */
static void
json_append_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *)text; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
      else if (*p < 0x20)
        g_string_append_printf (out, "\\u%04x", *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
json_from_strv (const char * const *strv)
{
  GString *out;

  if (strv == NULL || strv[0] == NULL)
    return NULL;

  out = g_string_new ("[");
  for (guint i = 0; strv[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      json_append_string (out, strv[i]);
    }
  g_string_append_c (out, ']');

  return g_string_free (out, FALSE);
}

/* Contributors: [{"participant":"…","informed":"…"}]; votes:
 * [{"participant":"…","dots":2}]. */
static char *
json_from_people (GPtrArray *items,
                  gboolean   contributors)
{
  GString *out;

  if (items == NULL || items->len == 0)
    return NULL;

  out = g_string_new ("[");
  for (guint i = 0; i < items->len; i++)
    {
      g_string_append (out, i > 0 ? ",{\"participant\":" : "{\"participant\":");
      if (contributors)
        {
          const ChContributor *contributor = g_ptr_array_index (items, i);

          json_append_string (out, contributor->participant_id);
          if (contributor->informed != NULL)
            {
              g_string_append (out, ",\"informed\":");
              json_append_string (out, contributor->informed);
            }
        }
      else
        {
          const ChVote *vote = g_ptr_array_index (items, i);

          json_append_string (out, vote->participant_id);
          g_string_append_printf (out, ",\"dots\":%d", vote->dots);
        }
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');

  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *p;
  gboolean    ok;
} Json;

static gboolean
json_peek (Json *json,
           char  c)
{
  while (g_ascii_isspace (*json->p))
    json->p++;

  return *json->p == c;
}

static gboolean
json_expect (Json *json,
             char  c)
{
  if (!json_peek (json, c))
    return json->ok = FALSE;

  json->p++;

  return TRUE;
}

static int
json_hex4 (Json *json)
{
  int value = 0;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (json->p[i]);

      if (digit < 0)
        {
          json->ok = FALSE;
          return 0;
        }
      value = value * 16 + digit;
    }
  json->p += 4;

  return value;
}

static char *
json_string (Json *json)
{
  GString *out;

  if (!json_expect (json, '"'))
    return NULL;

  out = g_string_new (NULL);
  while (json->ok && *json->p != '"' && *json->p != '\0')
    {
      char c = *json->p++;

      if (c != '\\')
        {
          g_string_append_c (out, c);
          continue;
        }

      switch ((c = *json->p++))
        {
        case '"': case '\\': case '/':
          g_string_append_c (out, c);
          break;
        case 'b':
          g_string_append_c (out, '\b');
          break;
        case 'f':
          g_string_append_c (out, '\f');
          break;
        case 'n':
          g_string_append_c (out, '\n');
          break;
        case 'r':
          g_string_append_c (out, '\r');
          break;
        case 't':
          g_string_append_c (out, '\t');
          break;
        case 'u':
          {
            gunichar u = json_hex4 (json);

            if (u >= 0xD800 && u < 0xDC00 && json->p[0] == '\\' && json->p[1] == 'u')
              {
                gunichar low;

                json->p += 2;
                low = json_hex4 (json);
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
              }
            if (json->ok && g_unichar_validate (u))
              g_string_append_unichar (out, u);
            else
              json->ok = FALSE;
          }
          break;
        default:
          json->ok = FALSE;
          break;
        }
    }

  if (!json->ok || !json_expect (json, '"'))
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

static char **
json_to_strv (const char *text,
              gboolean   *ok)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  Json json = { text, TRUE };

  if (json_expect (&json, '[') && !json_peek (&json, ']'))
    do
      g_ptr_array_add (items, json_string (&json));
    while (json.ok && json_peek (&json, ',') && json.p++);

  if (json.ok && json_expect (&json, ']') && !json_peek (&json, '\0'))
    json.ok = FALSE;

  *ok = json.ok;
  if (!json.ok || items->len == 0)
    return NULL;

  g_ptr_array_add (items, NULL);

  return (char **)g_ptr_array_steal (items, NULL);
}

static GPtrArray *
json_to_people (const char *text,
                gboolean    contributors,
                gboolean   *ok)
{
  g_autoptr(GPtrArray) items = NULL;
  Json json = { text, TRUE };

  items = g_ptr_array_new_with_free_func (contributors ? (GDestroyNotify)ch_contributor_free
                                                       : (GDestroyNotify)ch_vote_free);

  if (json_expect (&json, '[') && !json_peek (&json, ']'))
    do
      {
        g_autofree char *participant = NULL;
        g_autofree char *informed = NULL;
        gint64 dots = 0;

        if (!json_expect (&json, '{'))
          break;
        do
          {
            g_autofree char *key = json_string (&json);

            if (!json.ok || !json_expect (&json, ':'))
              break;

            if (g_strcmp0 (key, "dots") == 0)
              {
                char *end = NULL;

                json_peek (&json, ' ');
                dots = g_ascii_strtoll (json.p, &end, 10);
                json.ok = end != json.p;
                json.p = end;
              }
            else if (g_strcmp0 (key, "participant") == 0)
              {
                g_free (participant);
                participant = json_string (&json);
              }
            else if (g_strcmp0 (key, "informed") == 0)
              {
                g_free (informed);
                informed = json_string (&json);
              }
            else
              json.ok = FALSE;
          }
        while (json.ok && json_peek (&json, ',') && json.p++);

        if (!json.ok || !json_expect (&json, '}') || participant == NULL)
          {
            json.ok = FALSE;
            break;
          }

        if (contributors)
          g_ptr_array_add (items, ch_contributor_new (participant, informed));
        else
          g_ptr_array_add (items, ch_vote_new (participant, (int)CLAMP (dots, 1, 99)));
      }
    while (json.ok && json_peek (&json, ',') && json.p++);

  if (json.ok && json_expect (&json, ']') && !json_peek (&json, '\0'))
    json.ok = FALSE;

  *ok = json.ok;
  if (!json.ok || items->len == 0)
    return NULL;

  return g_steal_pointer (&items);
}

/* Binds @value (a property's value) to a parameter, by its type. */
static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            const Column *column,
            const GValue *value)
{
  GType type = G_VALUE_TYPE (value);
  char *json = NULL;

  if (type == G_TYPE_STRING)
    bind_text (stmt, index, g_value_get_string (value));
  else if (G_TYPE_IS_ENUM (type))
    bind_text (stmt, index, ch_enum_to_nick (type, g_value_get_enum (value)));
  else if (type == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
  else if (type == G_TYPE_INT && column->zero_is_null && g_value_get_int (value) == 0)
    sqlite3_bind_null (stmt, index);
  else if (type == G_TYPE_INT)
    sqlite3_bind_int (stmt, index, g_value_get_int (value));
  else if (type == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
  else if (type == G_TYPE_STRV)
    json = json_from_strv (g_value_get_boxed (value));
  else if (type == G_TYPE_PTR_ARRAY)
    json = json_from_people (g_value_get_boxed (value),
                             g_str_equal (column->property, "contributors"));
  else
    g_assert_not_reached ();

  if (type == G_TYPE_STRV || type == G_TYPE_PTR_ARRAY)
    {
      if (json == NULL)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, json, -1, g_free);
    }
}

/* Reads column @index of the current row into @value, already
 * initialized to the property's type. FALSE when a list is damaged. */
static gboolean
read_value (sqlite3_stmt *stmt,
            int           index,
            const Column *column,
            GValue       *value)
{
  GType type = G_VALUE_TYPE (value);
  const char *text = (const char *)sqlite3_column_text (stmt, index);
  gboolean ok = TRUE;

  if (type == G_TYPE_STRING)
    g_value_set_string (value, text);
  else if (G_TYPE_IS_ENUM (type))
    {
      int v = 0;

      if (ch_enum_from_nick (type, text, &v))
        g_value_set_enum (value, v);
    }
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, sqlite3_column_int (stmt, index) != 0);
  else if (type == G_TYPE_INT)
    g_value_set_int (value, sqlite3_column_int (stmt, index));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, index));
  else if (type == G_TYPE_STRV)
    g_value_take_boxed (value, text ? json_to_strv (text, &ok) : NULL);
  else if (type == G_TYPE_PTR_ARRAY)
    g_value_take_boxed (value, text ? json_to_people (text, g_str_equal (column->property,
                                                                          "contributors"),
                                                      &ok)
                                    : NULL);
  else
    g_assert_not_reached ();

  return ok;
}

typedef struct
{
  char *upsert;
  char *select;
  char *delete;
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

static gboolean
save_entity (ChStore   *self,
             ChEntity  *entity,
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

  return TRUE;
}

/**
 * ch_store_import:
 *
 * Writes @entity as it is, its own modified time included, without
 * touching the workshop's: for an import, inside the import's
 * transaction (ch_store_begin()).
 */
gboolean
ch_store_import (ChStore   *self,
                 ChEntity  *entity,
                 GError   **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);

  return save_entity (self, entity, error);
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

  if (!save_entity (self, entity, error) ||
      !touch_workshop (self, now, error) ||
      !ch_store_commit (self, error))
    {
      ch_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

static gboolean
delete_entity (ChStore   *self,
               ChEntity  *entity,
               GError   **error)
{
  const TableSql *sql = get_table_sql (find_table (G_OBJECT_TYPE (entity)));
  sqlite3_stmt *stmt;

  if (!(stmt = get_statement (self, sql->delete, error)))
    return FALSE;

  bind_text (stmt, 1, ch_entity_get_id (entity));

  return step_done (self, stmt, error);
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
  if (!ch_store_begin (self, error))
    return FALSE;

  if (!delete_entity (self, entity, error) ||
      !touch_workshop (self, now, error) ||
      !ch_store_commit (self, error))
    {
      ch_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

/**
 * ch_store_write:
 *
 * Writes @entity as ch_store_save() does, but inside the caller's
 * transaction (ch_store_begin()) without a savepoint of its own, and
 * without touching the workshop's modified time: for the many writes of
 * one step, which then calls ch_store_touch() once. A savepoint per row
 * would copy every page it changes to a statement journal first, which
 * costs more than the row.
 */
gboolean
ch_store_write (ChStore   *self,
                ChEntity  *entity,
                GError   **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);

  return save_entity (self, entity, error);
}

/**
 * ch_store_erase:
 *
 * Deletes @entity as ch_store_delete() does, inside the caller's
 * transaction, as ch_store_write() writes.
 */
gboolean
ch_store_erase (ChStore   *self,
                ChEntity  *entity,
                GError   **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);

  return delete_entity (self, entity, error);
}

/**
 * ch_store_place_idea:
 * @cluster_id: (nullable): the idea's cluster, or %NULL for none
 * @modified: the idea's modified time
 *
 * Moves an idea on the board: its cluster and position, nothing else of
 * it, inside the caller's transaction (as ch_store_write()).
 */
gboolean
ch_store_place_idea (ChStore     *self,
                     const char  *id,
                     const char  *cluster_id,
                     int          position,
                     gint64       modified,
                     GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (self->depth > 0, FALSE);

  if (!(stmt = get_statement (self,
                              "UPDATE ideas SET cluster_id = ?2, position = ?3, modified = ?4"
                              " WHERE id = ?1",
                              error)))
    return FALSE;

  bind_text (stmt, 1, id);
  bind_text (stmt, 2, cluster_id);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_int64 (stmt, 4, modified);

  if (!step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be opened safely (%s)."),
                   self->display_name, _("an idea is missing"));
      return FALSE;
    }

  return TRUE;
}

/**
 * ch_store_touch:
 *
 * Sets the workshop's modified time to @now.
 */
gboolean
ch_store_touch (ChStore  *self,
                gint64    now,
                GError  **error)
{
  return touch_workshop (self, now, error);
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
      /* Only the columns that hold something are set: an empty one is
       * the property's default already, and setting it costs. */
      const char *row_names[24];
      GValue row_values[24];
      ChEntity *entity;
      guint n = 2;

      g_assert (n_columns + 2 <= G_N_ELEMENTS (row_names));

      g_value_set_string (&values[0], (const char *)sqlite3_column_text (stmt, 0));
      g_value_set_int64 (&values[1], sqlite3_column_int64 (stmt, 1));
      row_names[0] = names[0], row_values[0] = values[0];
      row_names[1] = names[1], row_values[1] = values[1];

      for (guint i = 0; i < n_columns; i++)
        {
          if (sqlite3_column_type (stmt, i + 2) == SQLITE_NULL)
            continue;

          if (!read_value (stmt, i + 2, &table->columns[i], &values[i + 2]))
            {
              sqlite3_reset (stmt);
              g_set_error (error, CH_STORE_ERROR, CH_STORE_ERROR_CORRUPT,
                           _("“%s” is damaged and cannot be opened safely (%s)."),
                           self->display_name, _("a list of an entity cannot be read"));
              goto failed;
            }

          /* A shallow copy: @values keeps what it holds. */
          row_names[n] = names[i + 2];
          row_values[n++] = values[i + 2];
        }

      entity = CH_ENTITY (g_object_new_with_properties (type, n, row_names, row_values));

      g_ptr_array_add (entities, entity);
      g_hash_table_insert (by_id, (gpointer)ch_entity_get_id (entity), entity);
    }

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_error_from_rc (self, rc, error);
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
