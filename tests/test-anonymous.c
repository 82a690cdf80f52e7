/* test-anonymous.c: an anonymous session stores no contributor, in the
 * project file, its exports and its merges
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "ch-project.h"
#include "ch-test-helpers.h"
#include "ch-transfer.h"

typedef struct
{
  char          *dir;
  char          *path;
  ChProject     *project;
  ChParticipant *participant;
  ChSession     *open_session;
  ChSession     *anonymous_session;
  /* Their ids, which outlive a reopen. */
  char          *participant_id;
  char          *anonymous_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ch_test_dir_new ();
  f->path = g_build_filename (f->dir, "anonymous.charrette", NULL);
  f->project = ch_project_create (f->path, "Anonymous", &error);
  g_assert_no_error (error);

  f->participant = ch_project_add_participant (f->project, "Jordan P.", &error);
  g_assert_no_error (error);
  f->open_session = ch_project_add_session (f->project, "Morning", "2026-11-22", &error);
  g_assert_no_error (error);
  f->anonymous_session = ch_project_add_session (f->project, "Afternoon", "2026-11-22", &error);
  g_assert_no_error (error);

  f->participant_id = g_strdup (ch_entity_get_id (CH_ENTITY (f->participant)));
  f->anonymous_id = g_strdup (ch_entity_get_id (CH_ENTITY (f->anonymous_session)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  g_free (f->participant_id);
  g_free (f->anonymous_id);
  g_free (f->path);
  ch_test_dir_free (f->dir);
}

static GPtrArray *
contributors_of (ChParticipant *participant)
{
  GPtrArray *contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);

  g_ptr_array_add (contributors,
                   ch_contributor_new (ch_entity_get_id (CH_ENTITY (participant)), NULL));

  return contributors;
}

static GPtrArray *
votes_of (ChParticipant *participant)
{
  GPtrArray *votes = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_vote_free);

  g_ptr_array_add (votes, ch_vote_new (ch_entity_get_id (CH_ENTITY (participant)), 3));

  return votes;
}

static guint
n_contributors (ChIdea *idea)
{
  GPtrArray *contributors = ch_idea_get_contributors (idea);

  return contributors != NULL ? contributors->len : 0;
}

/* An idea in @session, contributed by @participant. */
static ChIdea *
add_contributed_idea (Fixture    *f,
                      ChSession  *session,
                      const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contributors = contributors_of (f->participant);
  g_autoptr(GPtrArray) votes = votes_of (f->participant);
  g_autoptr(ChIdea) idea = ch_idea_new (NULL, title);

  g_object_set (idea,
                "session-id", ch_entity_get_id (CH_ENTITY (session)),
                "contributors", contributors,
                "votes", votes,
                NULL);
  g_assert_true (ch_project_add (f->project, CH_ENTITY (idea), &error));
  g_assert_no_error (error);

  return idea;
}

static void
make_anonymous (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ch_project_update (f->project, CH_ENTITY (f->anonymous_session), &error,
                                    "anonymous", TRUE, NULL));
  g_assert_no_error (error);
}

/* Opens the file again, as the next window would; the fixture's
 * entities are those of the new project. */
static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  ch_project_close (f->project);
  g_clear_object (&f->project);
  f->project = ch_project_open (f->path, &error);
  g_assert_no_error (error);

  f->participant = CH_PARTICIPANT (ch_project_lookup (f->project, CH_TYPE_PARTICIPANT,
                                                      f->participant_id));
  f->anonymous_session = CH_SESSION (ch_project_lookup (f->project, CH_TYPE_SESSION,
                                                        f->anonymous_id));
  f->open_session = NULL;
}

static ChIdea *
lookup_idea (Fixture    *f,
             const char *id)
{
  ChEntity *idea = ch_project_lookup (f->project, CH_TYPE_IDEA, id);

  g_assert_nonnull (idea);

  return CH_IDEA (idea);
}

/* What the file itself holds, read past Charrette. */
static gint64
count_in_file (const char *path,
               const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}

static char *
export (ChProject      *project,
        const char     *dir,
        const char     *name,
        ChTransferKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChTransfer) transfer = ch_transfer_new (project, file, kind);
  char *contents = NULL;

  g_assert_true (ch_transfer_run (transfer, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* Whether the <idea> element with @id in @xml has a <contributor>. */
static gboolean
idea_has_contributor (const char *xml,
                      const char *id)
{
  const char *idea = strstr (xml, id);
  const char *end;

  g_assert_nonnull (idea);
  end = strstr (idea, "</idea>");
  g_assert_nonnull (end);

  return g_strstr_len (idea, end - idea, "<contributor") != NULL;
}

/* The contributor is never written: not when the idea is added, updated
 * or moved into the session, and not in the file nor its exports. */
static void
test_stores_no_contributor (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contributors = contributors_of (f->participant);
  g_autofree char *captured_id = NULL;
  g_autofree char *moved_id = NULL;
  g_autofree char *kept_id = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *csv = NULL;
  ChIdea *captured;
  ChIdea *moved;
  ChIdea *kept;

  make_anonymous (f);
  g_assert_true (ch_session_get_anonymous (f->anonymous_session));
  {
    g_autoptr(ChEntity) copy = ch_entity_copy (CH_ENTITY (f->anonymous_session));

    g_assert_true (ch_session_get_anonymous (CH_SESSION (copy)));
  }

  /* Captured in the anonymous session, with a contributor: none kept,
   * the votes are. */
  captured = add_contributed_idea (f, f->anonymous_session, "Pay by invoice");
  captured_id = g_strdup (ch_entity_get_id (CH_ENTITY (captured)));
  g_assert_cmpuint (n_contributors (captured), ==, 0);
  g_assert_cmpint (ch_idea_get_vote_count (captured), ==, 3);

  /* Given a contributor afterwards: not stored, and not a step. */
  g_assert_true (ch_project_update (f->project, CH_ENTITY (captured), &error,
                                    "contributors", contributors, NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (n_contributors (captured), ==, 0);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Add “Pay by invoice”");

  /* Moved in from another session: its contributors stay behind. */
  moved = add_contributed_idea (f, f->open_session, "Guest checkout");
  moved_id = g_strdup (ch_entity_get_id (CH_ENTITY (moved)));
  g_assert_cmpuint (n_contributors (moved), ==, 1);
  g_assert_true (ch_project_update (f->project, CH_ENTITY (moved), &error,
                                    "session-id",
                                    ch_entity_get_id (CH_ENTITY (f->anonymous_session)),
                                    NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (n_contributors (moved), ==, 0);
  g_assert_cmpint (ch_idea_get_vote_count (moved), ==, 3);

  /* An idea of another session keeps its contributor. */
  kept = add_contributed_idea (f, f->open_session, "Remember the card");
  kept_id = g_strdup (ch_entity_get_id (CH_ENTITY (kept)));

  /* The file: read by Charrette and past it. */
  reopen (f);
  g_assert_true (ch_session_get_anonymous (f->anonymous_session));
  g_assert_cmpuint (n_contributors (lookup_idea (f, captured_id)), ==, 0);
  g_assert_cmpuint (n_contributors (lookup_idea (f, moved_id)), ==, 0);
  g_assert_cmpint (ch_idea_get_vote_count (lookup_idea (f, moved_id)), ==, 3);
  g_assert_cmpuint (n_contributors (lookup_idea (f, kept_id)), ==, 1);
  ch_project_close (f->project);
  g_assert_cmpint (count_in_file (f->path,
                                  "SELECT count(*) FROM ideas JOIN sessions"
                                  " ON ideas.session_id = sessions.id"
                                  " WHERE sessions.anonymous AND ideas.contributors IS NOT NULL"),
                   ==, 0);
  sql = g_strdup_printf ("SELECT count(*) FROM ideas WHERE contributors LIKE '%%%s%%'",
                         f->participant_id);
  g_assert_cmpint (count_in_file (f->path, sql), ==, 1);
  g_clear_object (&f->project);
  f->project = ch_project_open (f->path, &error);
  g_assert_no_error (error);

  /* The workshop file: no <contributor> in those ideas. */
  xml = export (f->project, f->dir, "export.charrette.xml", CH_TRANSFER_EXPORT_XML);
  g_assert_false (idea_has_contributor (xml, captured_id));
  g_assert_false (idea_has_contributor (xml, moved_id));
  g_assert_true (idea_has_contributor (xml, kept_id));

  /* The report says the session is anonymous; the CSV names only the
   * contributor of the other session's idea. */
  markdown = export (f->project, f->dir, "report.md", CH_TRANSFER_EXPORT_MARKDOWN);
  g_assert_nonnull (strstr (markdown, "Anonymous session"));
  g_assert_nonnull (strstr (markdown, "Jordan P."));
  csv = export (f->project, f->dir, "ideas.csv", CH_TRANSFER_EXPORT_CSV);
  g_assert_nonnull (strstr (csv, "Jordan P."));
  g_assert_null (strstr (strstr (csv, "Jordan P.") + 1, "Jordan P."));
}

/* Marking a session anonymous removes its ideas' contributors in the
 * same step; undo brings them back, in the file too. */
static void
test_marking_strips_and_undo_restores (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *second_id = NULL;
  g_autofree char *other_id = NULL;
  ChIdea *first = add_contributed_idea (f, f->anonymous_session, "Pay by invoice");
  ChIdea *second = add_contributed_idea (f, f->anonymous_session, "Split the bill");
  ChIdea *other = add_contributed_idea (f, f->open_session, "Guest checkout");

  first_id = g_strdup (ch_entity_get_id (CH_ENTITY (first)));
  second_id = g_strdup (ch_entity_get_id (CH_ENTITY (second)));
  other_id = g_strdup (ch_entity_get_id (CH_ENTITY (other)));

  make_anonymous (f);
  g_assert_cmpuint (n_contributors (first), ==, 0);
  g_assert_cmpuint (n_contributors (second), ==, 0);
  g_assert_cmpuint (n_contributors (other), ==, 1);
  g_assert_cmpint (ch_idea_get_vote_count (first), ==, 3);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Edit “Afternoon”");

  /* One undo: the session is not anonymous and the contributors are back. */
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_false (ch_session_get_anonymous (f->anonymous_session));
  g_assert_cmpuint (n_contributors (first), ==, 1);
  g_assert_cmpuint (n_contributors (second), ==, 1);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==, "Add “Guest checkout”");

  reopen (f);
  g_assert_cmpuint (n_contributors (lookup_idea (f, first_id)), ==, 1);
  g_assert_cmpuint (n_contributors (lookup_idea (f, second_id)), ==, 1);

  /* Marked again in the new window, undone and redone: stripped in the
   * file. */
  make_anonymous (f);
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_true (ch_project_redo (f->project, &error));
  g_assert_no_error (error);
  reopen (f);
  g_assert_cmpuint (n_contributors (lookup_idea (f, first_id)), ==, 0);
  g_assert_cmpuint (n_contributors (lookup_idea (f, second_id)), ==, 0);
  g_assert_cmpuint (n_contributors (lookup_idea (f, other_id)), ==, 1);
  g_assert_true (ch_project_check_integrity (f->project, NULL));
}

/* A workshop file that has the sessions and ideas of @f, newer: the
 * afternoon session renamed, an idea in it with a contributor. */
static char *
write_newer_workshop (Fixture    *f,
                      const char *idea_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  char *path = g_build_filename (f->dir, "from-a-colleague.charrette.xml", NULL);

  xml = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<workshop xmlns=\"urn:charrette:workshop:1\" version=\"1\""
                         " id=\"6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b\""
                         " created=\"2026-11-22T09:00:00Z\" modified=\"2099-01-01T00:00:00Z\">\n"
                         "  <title>Theirs</title>\n"
                         "  <sessions>\n"
                         "    <session id=\"%s\" date=\"2026-11-23\""
                         " modified=\"2099-01-01T00:00:00Z\">\n"
                         "      <title>Afternoon, renamed</title>\n"
                         "    </session>\n"
                         "  </sessions>\n"
                         "  <personas/>\n"
                         "  <participants>\n"
                         "    <participant id=\"%s\" modified=\"2099-01-01T00:00:00Z\">\n"
                         "      <name>Jordan P.</name>\n"
                         "    </participant>\n"
                         "  </participants>\n"
                         "  <clusters/>\n"
                         "  <ideas>\n"
                         "    <idea id=\"%s\" created=\"2026-11-22T10:00:00Z\""
                         " modified=\"2099-01-01T00:00:00Z\" session=\"%s\">\n"
                         "      <title>Pay by invoice, theirs</title>\n"
                         "      <contributor participant=\"%s\"/>\n"
                         "      <vote participant=\"%s\" dots=\"2\"/>\n"
                         "    </idea>\n"
                         "  </ideas>\n"
                         "</workshop>\n",
                         f->anonymous_id, f->participant_id, idea_id,
                         f->anonymous_id, f->participant_id, f->participant_id);
  g_file_set_contents (path, xml, -1, &error);
  g_assert_no_error (error);

  return path;
}

/* The file's copy of the session wins the merge, but the project keeps
 * it anonymous; the idea merged into it loses its contributor. */
static void
test_merge_keeps_flag (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *idea_id = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(ChTransfer) transfer = NULL;
  ChIdea *idea = add_contributed_idea (f, f->anonymous_session, "Pay by invoice");

  idea_id = g_strdup (ch_entity_get_id (CH_ENTITY (idea)));
  make_anonymous (f);
  path = write_newer_workshop (f, idea_id);

  file = g_file_new_for_path (path);
  transfer = ch_transfer_new (f->project, file, CH_TRANSFER_IMPORT_MERGE);
  g_assert_true (ch_transfer_run (transfer, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (ch_session_get_title (f->anonymous_session), ==, "Afternoon, renamed");
  g_assert_true (ch_session_get_anonymous (f->anonymous_session));
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Pay by invoice, theirs");
  g_assert_cmpuint (n_contributors (idea), ==, 0);
  g_assert_cmpint (ch_idea_get_vote_count (idea), ==, 2);
  g_assert_cmpstr (ch_project_get_undo_label (f->project), ==,
                   "Import “from-a-colleague.charrette.xml”");

  reopen (f);
  g_assert_cmpstr (ch_session_get_title (f->anonymous_session), ==, "Afternoon, renamed");
  g_assert_true (ch_session_get_anonymous (f->anonymous_session));
  g_assert_cmpuint (n_contributors (lookup_idea (f, idea_id)), ==, 0);
}

/* Nothing in a workshop file says a session is anonymous: imported as a
 * new project, none is. */
static void
test_import_as_new_not_anonymous (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *xml_path = g_build_filename (f->dir, "export.charrette.xml", NULL);
  g_autofree char *new_path = g_build_filename (f->dir, "new.charrette", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (xml_path);
  g_autoptr(ChTransfer) transfer = NULL;
  g_autoptr(ChProject) imported = NULL;
  GListModel *sessions;

  make_anonymous (f);
  xml = export (f->project, f->dir, "export.charrette.xml", CH_TRANSFER_EXPORT_XML);
  g_assert_null (strstr (xml, "anonymous"));

  imported = ch_project_create (new_path, "New", &error);
  g_assert_no_error (error);
  transfer = ch_transfer_new (imported, file, CH_TRANSFER_IMPORT_NEW);
  g_assert_true (ch_transfer_run (transfer, NULL, &error));
  g_assert_no_error (error);

  sessions = ch_project_get_sessions (imported);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(ChSession) session = g_list_model_get_item (sessions, i);

      g_assert_false (ch_session_get_anonymous (session));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ch/anonymous/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("stores-no-contributor", test_stores_no_contributor);
  ADD ("marking-strips-and-undo-restores", test_marking_strips_and_undo_restores);
  ADD ("merge-keeps-flag", test_merge_keeps_flag);
  ADD ("import-as-new-not-anonymous", test_import_as_new_not_anonymous);

  return g_test_run ();
}
