/* test-store.c: the project file: every entity and link survives a
 * reopen, and every bad file is refused with its own message, untouched.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ch-project.h"
#include "ch-store.h"
#include "ch-test-helpers.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ch_test_dir_new ();
  f->path = g_build_filename (f->dir, "workshop.charrette", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->path);
  ch_test_dir_free (f->dir);
}

static ChProject *
reopen (ChProject  *project,
        const char *path)
{
  g_autoptr(GError) error = NULL;
  ChProject *reopened;

  ch_project_close (project);
  g_object_unref (project);
  reopened = ch_project_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);

  return reopened;
}

static gpointer
first_item (GListModel *model)
{
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  return g_list_model_get_item (model, 0);
}

/* Makes a project with one of everything, every field and link set. */
static ChProject *
make_full_project (const char  *path,
                   char       **idea_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);
  g_autoptr(GPtrArray) votes = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_vote_free);
  const char *quotes[] = { "I gave up at the address form.", "  spaces  \nand lines ", NULL };
  const char *tags[] = { "payments", "mobile", NULL };
  const char *for_personas[2] = { NULL, NULL };
  ChProject *project;
  ChSession *session;
  ChPersona *persona;
  ChParticipant *participant;
  ChCluster *cluster;
  ChIdea *idea;

  project = ch_project_create (path, "Checkout redesign", &error);
  g_assert_no_error (error);

  g_assert_true (ch_project_set_description (project, "Why we met.", &error));
  session = ch_project_add_session (project, "Morning", "2026-11-22", &error);
  g_assert_no_error (error);
  g_assert_true (ch_project_update (project, CH_ENTITY (session), &error,
                                    "facilitator", "Ana Souza",
                                    "agenda", "09:00 warm-up\n09:20 silent ideation",
                                    NULL));

  persona = ch_project_add_persona (project, "Busy parent", &error);
  g_assert_no_error (error);
  g_assert_true (ch_project_update (project, CH_ENTITY (persona), &error,
                                    "kind", CH_PERSONA_KIND_INTERNAL,
                                    "color", "#3584e4",
                                    "segment", "Families",
                                    "goals", "Finish fast.",
                                    "pains", "Card details.",
                                    "quotes", quotes,
                                    "notes", "Met at the school gate.",
                                    NULL));
  for_personas[0] = ch_entity_get_id (CH_ENTITY (persona));

  participant = ch_project_add_participant (project, "Jordan P.", &error);
  g_assert_no_error (error);
  g_assert_true (ch_project_update (project, CH_ENTITY (participant), &error,
                                    "organisation", "Acme",
                                    "kind", CH_PARTICIPANT_KIND_EMPLOYEE,
                                    "role", CH_PARTICIPANT_ROLE_CO_PRODUCER,
                                    "persona-id", ch_entity_get_id (CH_ENTITY (persona)),
                                    NULL));

  cluster = ch_project_add_cluster (project, "Payment friction", &error);
  g_assert_no_error (error);
  g_assert_true (ch_project_update (project, CH_ENTITY (cluster), &error,
                                    "summary", "Saved cards first.",
                                    "color", "#f6d32d",
                                    "position", 3,
                                    NULL));

  g_ptr_array_add (contributors,
                   ch_contributor_new (ch_entity_get_id (CH_ENTITY (participant)), "2026-11-30"));
  g_ptr_array_add (votes, ch_vote_new (ch_entity_get_id (CH_ENTITY (participant)), 2));

  idea = ch_project_add_idea (project, " Remember the card \n", &error);
  g_assert_no_error (error);
  g_assert_true (ch_project_update (project, CH_ENTITY (idea), &error,
                                    "description", "On this device.",
                                    "status", CH_IDEA_STATUS_SHORTLISTED,
                                    "cluster-id", ch_entity_get_id (CH_ENTITY (cluster)),
                                    "session-id", ch_entity_get_id (CH_ENTITY (session)),
                                    "impact", 4,
                                    "effort", 2,
                                    "position", 7,
                                    "tags", tags,
                                    "personas", for_personas,
                                    "contributors", contributors,
                                    "votes", votes,
                                    NULL));
  g_assert_no_error (error);

  *idea_id = g_strdup (ch_entity_get_id (CH_ENTITY (idea)));

  return project;
}

static void
test_every_field_survives_reopen (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *idea_id = NULL;
  g_autoptr(ChProject) project = make_full_project (f->path, &idea_id);
  g_autoptr(ChSession) session = NULL;
  g_autoptr(ChPersona) persona = NULL;
  g_autoptr(ChParticipant) participant = NULL;
  g_autoptr(ChCluster) cluster = NULL;
  g_autoptr(ChIdea) idea = NULL;
  ChContributor *contributor;
  ChVote *vote;
  gint64 created = ch_project_get_created (project);
  g_autofree char *project_id = g_strdup (ch_project_get_id (project));

  project = reopen (g_steal_pointer (&project), f->path);

  g_assert_cmpstr (ch_project_get_id (project), ==, project_id);
  g_assert_cmpstr (ch_project_get_title (project), ==, "Checkout redesign");
  g_assert_cmpstr (ch_project_get_description (project), ==, "Why we met.");
  g_assert_cmpint (ch_project_get_created (project), ==, created);
  g_assert_cmpint (ch_project_get_modified (project), >=, created);

  session = first_item (ch_project_get_sessions (project));
  g_assert_cmpstr (ch_session_get_title (session), ==, "Morning");
  g_assert_cmpstr (ch_session_get_date (session), ==, "2026-11-22");
  g_assert_cmpstr (ch_session_get_facilitator (session), ==, "Ana Souza");
  g_assert_cmpstr (ch_session_get_agenda (session), ==, "09:00 warm-up\n09:20 silent ideation");
  g_assert_cmpint (ch_entity_get_modified (CH_ENTITY (session)), >, 0);

  persona = first_item (ch_project_get_personas (project));
  g_assert_cmpstr (ch_persona_get_name (persona), ==, "Busy parent");
  g_assert_cmpint (ch_persona_get_kind (persona), ==, CH_PERSONA_KIND_INTERNAL);
  g_assert_cmpstr (ch_persona_get_color (persona), ==, "#3584e4");
  g_assert_cmpstr (ch_persona_get_segment (persona), ==, "Families");
  g_assert_cmpstr (ch_persona_get_goals (persona), ==, "Finish fast.");
  g_assert_cmpstr (ch_persona_get_pains (persona), ==, "Card details.");
  g_assert_cmpstr (ch_persona_get_notes (persona), ==, "Met at the school gate.");
  g_assert_cmpuint (g_strv_length ((char **)ch_persona_get_quotes (persona)), ==, 2);
  g_assert_cmpstr (ch_persona_get_quotes (persona)[0], ==, "I gave up at the address form.");
  g_assert_cmpstr (ch_persona_get_quotes (persona)[1], ==, "  spaces  \nand lines ");

  participant = first_item (ch_project_get_participants (project));
  g_assert_cmpstr (ch_participant_get_name (participant), ==, "Jordan P.");
  g_assert_cmpstr (ch_participant_get_organisation (participant), ==, "Acme");
  g_assert_cmpint (ch_participant_get_kind (participant), ==, CH_PARTICIPANT_KIND_EMPLOYEE);
  g_assert_cmpint (ch_participant_get_role (participant), ==, CH_PARTICIPANT_ROLE_CO_PRODUCER);
  g_assert_cmpstr (ch_participant_get_persona_id (participant), ==,
                   ch_entity_get_id (CH_ENTITY (persona)));

  cluster = first_item (ch_project_get_clusters (project));
  g_assert_cmpstr (ch_cluster_get_name (cluster), ==, "Payment friction");
  g_assert_cmpstr (ch_cluster_get_summary (cluster), ==, "Saved cards first.");
  g_assert_cmpstr (ch_cluster_get_color (cluster), ==, "#f6d32d");
  g_assert_cmpint (ch_cluster_get_position (cluster), ==, 3);

  idea = first_item (ch_project_get_ideas (project));
  g_assert_cmpstr (ch_entity_get_id (CH_ENTITY (idea)), ==, idea_id);
  g_assert_cmpstr (ch_idea_get_title (idea), ==, " Remember the card \n");
  g_assert_cmpstr (ch_idea_get_description (idea), ==, "On this device.");
  g_assert_cmpint (ch_idea_get_status (idea), ==, CH_IDEA_STATUS_SHORTLISTED);
  g_assert_cmpstr (ch_idea_get_cluster_id (idea), ==, ch_entity_get_id (CH_ENTITY (cluster)));
  g_assert_cmpstr (ch_idea_get_session_id (idea), ==, ch_entity_get_id (CH_ENTITY (session)));
  g_assert_cmpint (ch_idea_get_impact (idea), ==, 4);
  g_assert_cmpint (ch_idea_get_effort (idea), ==, 2);
  g_assert_cmpint (ch_idea_get_position (idea), ==, 7);
  g_assert_cmpint (ch_idea_get_created (idea), >, 0);
  g_assert_cmpstr (ch_idea_get_tags (idea)[0], ==, "payments");
  g_assert_cmpstr (ch_idea_get_tags (idea)[1], ==, "mobile");
  g_assert_null (ch_idea_get_tags (idea)[2]);
  g_assert_cmpstr (ch_idea_get_personas (idea)[0], ==, ch_entity_get_id (CH_ENTITY (persona)));
  g_assert_cmpuint (ch_idea_get_contributors (idea)->len, ==, 1);
  contributor = g_ptr_array_index (ch_idea_get_contributors (idea), 0);
  g_assert_cmpstr (contributor->participant_id, ==, ch_entity_get_id (CH_ENTITY (participant)));
  g_assert_cmpstr (contributor->informed, ==, "2026-11-30");
  g_assert_cmpuint (ch_idea_get_votes (idea)->len, ==, 1);
  vote = g_ptr_array_index (ch_idea_get_votes (idea), 0);
  g_assert_cmpstr (vote->participant_id, ==, ch_entity_get_id (CH_ENTITY (participant)));
  g_assert_cmpint (vote->dots, ==, 2);
  g_assert_cmpint (ch_idea_get_vote_count (idea), ==, 2);

  g_assert_true (ch_project_check_integrity (project, NULL));
}

static void
test_update_and_clear_survive_reopen (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *idea_id = NULL;
  g_autoptr(ChProject) project = make_full_project (f->path, &idea_id);
  g_autoptr(ChIdea) idea = first_item (ch_project_get_ideas (project));
  g_autoptr(ChPersona) persona = first_item (ch_project_get_personas (project));
  g_autoptr(GPtrArray) no_votes = g_ptr_array_new ();
  const char *one_tag[] = { "later", NULL };

  /* Change some fields, clear the optional ones and the links. */
  g_assert_true (ch_project_update (project, CH_ENTITY (idea), &error,
                                    "title", "Wallet payments",
                                    "description", "",
                                    "impact", 0,
                                    "cluster-id", NULL,
                                    "tags", one_tag,
                                    "personas", NULL,
                                    "contributors", NULL,
                                    "votes", no_votes,
                                    NULL));
  g_assert_no_error (error);
  g_assert_true (ch_project_update (project, CH_ENTITY (persona), &error,
                                    "quotes", NULL, "color", NULL, "segment", "Everyone", NULL));
  g_assert_no_error (error);
  g_clear_object (&idea);
  g_clear_object (&persona);

  project = reopen (g_steal_pointer (&project), f->path);

  idea = first_item (ch_project_get_ideas (project));
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Wallet payments");
  g_assert_null (ch_idea_get_description (idea));
  g_assert_cmpint (ch_idea_get_impact (idea), ==, 0);
  g_assert_cmpint (ch_idea_get_effort (idea), ==, 2);
  g_assert_null (ch_idea_get_cluster_id (idea));
  g_assert_cmpstr (ch_idea_get_tags (idea)[0], ==, "later");
  g_assert_null (ch_idea_get_tags (idea)[1]);
  g_assert_null (ch_idea_get_personas (idea));
  g_assert_null (ch_idea_get_contributors (idea));
  g_assert_null (ch_idea_get_votes (idea));
  g_assert_cmpint (ch_idea_get_vote_count (idea), ==, 0);

  persona = first_item (ch_project_get_personas (project));
  g_assert_null (ch_persona_get_quotes (persona));
  g_assert_null (ch_persona_get_color (persona));
  g_assert_cmpstr (ch_persona_get_segment (persona), ==, "Everyone");
}

static void
test_delete_every_entity (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *idea_id = NULL;
  g_autoptr(ChProject) project = make_full_project (f->path, &idea_id);
  GListModel *lists[5];

  lists[0] = ch_project_get_ideas (project);
  lists[1] = ch_project_get_clusters (project);
  lists[2] = ch_project_get_participants (project);
  lists[3] = ch_project_get_personas (project);
  lists[4] = ch_project_get_sessions (project);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autoptr(ChEntity) entity = first_item (lists[i]);

      g_assert_true (ch_project_remove (project, entity, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (lists[i]), ==, 0);
    }

  project = reopen (g_steal_pointer (&project), f->path);

  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_clusters (project)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_participants (project)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_personas (project)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_sessions (project)), ==, 0);
  g_assert_true (ch_project_check_integrity (project, NULL));
}

/* Deleting what others point at clears their references, in the file
 * too, and undo puts everything back. */
static void
test_delete_clears_references (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *idea_id = NULL;
  g_autoptr(ChProject) project = make_full_project (f->path, &idea_id);
  g_autoptr(ChParticipant) participant = first_item (ch_project_get_participants (project));
  g_autoptr(ChPersona) persona = first_item (ch_project_get_personas (project));
  g_autoptr(ChCluster) cluster = first_item (ch_project_get_clusters (project));
  g_autoptr(ChIdea) idea = first_item (ch_project_get_ideas (project));
  ChEntity *both[2];

  both[0] = CH_ENTITY (persona);
  both[1] = CH_ENTITY (cluster);
  g_assert_true (ch_project_remove_many (project, both, 2, &error));
  g_assert_no_error (error);
  g_assert_null (ch_participant_get_persona_id (participant));
  g_assert_null (ch_idea_get_personas (idea));
  g_assert_null (ch_idea_get_cluster_id (idea));

  g_assert_true (ch_project_remove (project, CH_ENTITY (participant), &error));
  g_assert_null (ch_idea_get_contributors (idea));
  g_assert_null (ch_idea_get_votes (idea));

  /* One undo step per removal. */
  g_assert_true (ch_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ch_idea_get_contributors (idea)->len, ==, 1);
  g_assert_cmpint (ch_idea_get_vote_count (idea), ==, 2);
  g_assert_true (ch_project_undo (project, &error));
  g_assert_no_error (error);
  g_clear_object (&participant);
  g_clear_object (&idea);
  g_clear_object (&persona);
  g_clear_object (&cluster);

  project = reopen (g_steal_pointer (&project), f->path);
  participant = first_item (ch_project_get_participants (project));
  persona = first_item (ch_project_get_personas (project));
  cluster = first_item (ch_project_get_clusters (project));
  idea = first_item (ch_project_get_ideas (project));
  g_assert_cmpstr (ch_participant_get_persona_id (participant), ==,
                   ch_entity_get_id (CH_ENTITY (persona)));
  g_assert_cmpstr (ch_idea_get_personas (idea)[0], ==, ch_entity_get_id (CH_ENTITY (persona)));
  g_assert_cmpstr (ch_idea_get_cluster_id (idea), ==, ch_entity_get_id (CH_ENTITY (cluster)));
  g_assert_cmpuint (ch_idea_get_contributors (idea)->len, ==, 1);
  g_assert_true (ch_project_check_integrity (project, NULL));
}

/* A reference to something that is not in the project is refused by the
 * file itself and changes nothing. */
static void
test_dangling_reference_refused (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (f->path, "T", &error);
  ChIdea *idea = ch_project_add_idea (project, "An idea", &error);
  g_autofree char *ghost = g_uuid_string_random ();

  g_assert_no_error (error);
  g_assert_false (ch_project_update (project, CH_ENTITY (idea), &error,
                                     "title", "Changed", "cluster-id", ghost, NULL));
  g_assert_nonnull (error);
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "An idea");
  g_assert_null (ch_idea_get_cluster_id (idea));
  g_clear_error (&error);

  project = reopen (g_steal_pointer (&project), f->path);
  idea = first_item (ch_project_get_ideas (project));
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "An idea");
  g_object_unref (idea);
}

static void run_sql (const char *path,
                     const char *sql);

/* The lists of an idea are kept as JSON in its row: every character
 * comes back as it was. */
static void
test_lists_keep_every_character (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (f->path, "Lists", &error);
  const char *tags[] = { "quote \" and backslash \\", "new\nline\ttab\r", "\x01 control",
                         "emoji 🎉 and 日本語", "[\"not\", \"json\"]", "", NULL };
  g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);
  ChParticipant *participant = ch_project_add_participant (project, "P", &error);
  ChIdea *idea = ch_project_add_idea (project, "Lists", &error);
  g_autofree char *id = g_strdup (ch_entity_get_id (CH_ENTITY (idea)));

  g_ptr_array_add (contributors,
                   ch_contributor_new (ch_entity_get_id (CH_ENTITY (participant)), NULL));
  g_assert_true (ch_project_update (project, CH_ENTITY (idea), &error,
                                    "tags", tags, "contributors", contributors, NULL));
  g_assert_no_error (error);

  project = reopen (g_steal_pointer (&project), f->path);
  idea = CH_IDEA (ch_project_lookup (project, CH_TYPE_IDEA, id));
  g_assert_true (g_strv_equal (ch_idea_get_tags (idea), tags));
  g_assert_null (((ChContributor *)g_ptr_array_index (ch_idea_get_contributors (idea), 0))->informed);
}

/* A list that is JSON but not of the shape Charrette writes (another
 * program changed the file) is a damaged file, said so. */
static void
test_refuse_damaged_list (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (f->path, "Damaged list", &error);

  g_assert_nonnull (ch_project_add_idea (project, "An idea", &error));
  g_clear_object (&project);
  run_sql (f->path, "UPDATE ideas SET votes = '[{\"dots\": 3}]'");

  project = ch_project_open (f->path, &error);
  g_assert_null (project);
  g_assert_error (error, CH_STORE_ERROR, CH_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));
}

/* Refusals: the error, its message naming the file, and the bytes. */
static void
assert_refused (const char   *path,
                ChStoreError  code,
                const char   *words)
{
  g_autoptr(GBytes) before = ch_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  project = ch_project_open (path, &error);
  g_assert_null (project);
  g_assert_error (error, CH_STORE_ERROR, (int)code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, words));

  after = ch_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_refuse_text_file (Fixture       *f,
                       gconstpointer  data)
{
  const char text[] = "Agenda for Monday\n09:00 warm-up\n09:20 silent ideation\n"
                      "This is a plain text file that is long enough to fill a header.\n";

  ch_test_write_bytes (f->path, text, sizeof text - 1);
  assert_refused (f->path, CH_STORE_ERROR_NOT_A_DATABASE, "not a project file");

  ch_test_write_bytes (f->path, "", 0);
  assert_refused (f->path, CH_STORE_ERROR_NOT_A_DATABASE, "not a project file");
}

static void
run_sql (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_refuse_foreign_database (Fixture       *f,
                              gconstpointer  data)
{
  /* Another program's file, with its own application_id. */
  run_sql (f->path,
           "PRAGMA application_id = 1234;"
           "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ana');");
  assert_refused (f->path, CH_STORE_ERROR_FOREIGN, "another program");
}

static void
test_refuse_foreign_plain_sqlite (Fixture       *f,
                                  gconstpointer  data)
{
  run_sql (f->path, "CREATE TABLE workshop (id TEXT); INSERT INTO workshop VALUES ('x');");
  assert_refused (f->path, CH_STORE_ERROR_FOREIGN, "another program");
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (f->path, "From the future", &error);

  g_assert_no_error (error);
  g_clear_object (&project);
  run_sql (f->path, "PRAGMA user_version = 99");

  assert_refused (f->path, CH_STORE_ERROR_NEWER, "newer version of Charrette");
}

static void
test_refuse_damaged_page (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (f->path, "Damaged", &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idea number %u with a long enough title", i);

      g_assert_nonnull (ch_project_add_idea (project, title, &error));
    }
  g_clear_object (&project);

  /* Scribble over the middle of the file: pages of the ideas table. */
  bytes = ch_test_read_bytes (f->path);
  length = g_bytes_get_size (bytes);
  g_assert_cmpuint (length, >, 4 * 4096);
  contents = g_memdup2 (g_bytes_get_data (bytes, NULL), length);
  for (gsize i = 2 * 4096; i < 2 * 4096 + 2048; i++)
    contents[i] = (char)(i * 7);
  ch_test_write_bytes (f->path, contents, length);

  assert_refused (f->path, CH_STORE_ERROR_CORRUPT, "damaged");
}

static void
test_refuse_second_writer (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) first = ch_project_create (f->path, "Open here", &error);
  g_autoptr(ChProject) second = NULL;
  int status = 0;
  pid_t pid;

  g_assert_no_error (error);
  g_assert_nonnull (ch_project_add_idea (first, "Written by the first", &error));

  /* Another Charrette process. */
  pid = fork ();
  if (pid == 0)
    {
      g_autoptr(GError) child_error = NULL;
      ChProject *project = ch_project_open (f->path, &child_error);

      _exit (project == NULL &&
             g_error_matches (child_error, CH_STORE_ERROR, CH_STORE_ERROR_LOCKED) &&
             strstr (child_error->message, "another Charrette window") != NULL ? 0 : 1);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  /* And a second ChProject in this process. */
  second = ch_project_open (f->path, &error);
  g_assert_null (second);
  g_assert_error (error, CH_STORE_ERROR, CH_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "workshop.charrette"));
  g_clear_error (&error);

  /* The first still writes; once it is closed, the file opens. */
  g_assert_nonnull (ch_project_add_idea (first, "Still writing", &error));
  ch_project_close (first);
  second = ch_project_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (second)), ==, 2);
}

static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_open (f->path, &error);

  g_assert_null (project);
  g_assert_error (error, CH_STORE_ERROR, CH_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_create_refuses_existing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = NULL;
  g_autoptr(GBytes) after = NULL;

  ch_test_write_bytes (f->path, "keep me", 7);
  project = ch_project_create (f->path, "Over it", &error);
  g_assert_null (project);
  g_assert_error (error, CH_STORE_ERROR, CH_STORE_ERROR_EXISTS);
  after = ch_test_read_bytes (f->path);
  g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), "keep me", 7);
}

/* A project file of schema version 1, as the first Charrette made it,
 * with a session, a participant and an idea the participant contributed. */
static void
make_version_1_file (const char *path,
                     const char *extra_session_column)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf (
    "PRAGMA application_id = %d;"
    "CREATE TABLE workshop (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL,"
    "  description TEXT, created INTEGER NOT NULL, modified INTEGER NOT NULL);"
    "CREATE TABLE sessions (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL,"
    "  date TEXT NOT NULL, facilitator TEXT, agenda TEXT, modified INTEGER NOT NULL%s);"
    "CREATE TABLE personas (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
    "  kind TEXT NOT NULL DEFAULT 'external' CHECK (kind IN ('external', 'internal')),"
    "  color TEXT, segment TEXT, goals TEXT, pains TEXT, notes TEXT,"
    "  quotes TEXT CHECK (quotes IS NULL OR json_valid (quotes)),"
    "  modified INTEGER NOT NULL);"
    "CREATE TABLE participants (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
    "  organisation TEXT,"
    "  kind TEXT NOT NULL DEFAULT 'customer'"
    "    CHECK (kind IN ('customer', 'employee', 'facilitator', 'observer')),"
    "  role TEXT NOT NULL DEFAULT 'none'"
    "    CHECK (role IN ('none', 'connecter', 'co-creator', 'co-producer')),"
    "  persona_id TEXT REFERENCES personas (id) ON DELETE SET NULL,"
    "  modified INTEGER NOT NULL);"
    "CREATE TABLE clusters (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
    "  summary TEXT, color TEXT,"
    "  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),"
    "  modified INTEGER NOT NULL);"
    "CREATE TABLE ideas (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL,"
    "  description TEXT,"
    "  status TEXT NOT NULL DEFAULT 'new'"
    "    CHECK (status IN ('new', 'shortlisted', 'accepted', 'parked', 'done')),"
    "  cluster_id TEXT REFERENCES clusters (id) ON DELETE SET NULL,"
    "  session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,"
    "  impact INTEGER CHECK (impact BETWEEN 1 AND 5),"
    "  effort INTEGER CHECK (effort BETWEEN 1 AND 5),"
    "  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),"
    "  created INTEGER NOT NULL,"
    "  tags TEXT CHECK (tags IS NULL OR json_valid (tags)),"
    "  personas TEXT CHECK (personas IS NULL OR json_valid (personas)),"
    "  contributors TEXT CHECK (contributors IS NULL OR json_valid (contributors)),"
    "  votes TEXT CHECK (votes IS NULL OR json_valid (votes)),"
    "  modified INTEGER NOT NULL);"
    "CREATE INDEX participants_persona ON participants (persona_id);"
    "CREATE INDEX ideas_cluster ON ideas (cluster_id);"
    "CREATE INDEX ideas_session ON ideas (session_id);"
    "INSERT INTO workshop VALUES ('6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b',"
    "  'Made by Charrette 1', NULL, 1795338000, 1795366800);"
    "INSERT INTO sessions (id, title, date, facilitator, agenda, modified) VALUES"
    "  ('2b7e1516-28ae-4d2a-9f3c-0a1b2c3d4e5f', 'Morning', '2026-11-22', 'Ana Souza',"
    "   NULL, 1795345800);"
    "INSERT INTO participants (id, name, modified) VALUES"
    "  ('0e5b3c71-4a2d-4c9e-9b8f-1d2e3f4a5b6c', 'Jordan P.', 1795338600);"
    "INSERT INTO ideas (id, title, session_id, created, contributors, modified) VALUES"
    "  ('1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', 'Pay by invoice',"
    "   '2b7e1516-28ae-4d2a-9f3c-0a1b2c3d4e5f', 1795339000,"
    "   '[{\"participant\":\"0e5b3c71-4a2d-4c9e-9b8f-1d2e3f4a5b6c\"}]', 1795339000);"
    "PRAGMA user_version = 1;",
    CH_STORE_APPLICATION_ID, extra_session_column);

  run_sql (path, sql);
}

static gint64
user_version_of (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return version;
}

/* A file of the first schema opens: it is migrated (sessions can be
 * anonymous now) and keeps everything it had. */
static void
test_migrate_version_1 (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = NULL;
  ChSession *session;
  ChIdea *idea;
  ChContributor *contributor;

  make_version_1_file (f->path, "");
  g_assert_cmpint (user_version_of (f->path), ==, 1);

  project = ch_project_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ch_project_get_title (project), ==, "Made by Charrette 1");
  g_assert_cmpint (ch_project_get_modified (project), ==, 1795366800);

  session = CH_SESSION (ch_project_lookup (project, CH_TYPE_SESSION,
                                           "2b7e1516-28ae-4d2a-9f3c-0a1b2c3d4e5f"));
  g_assert_nonnull (session);
  g_assert_cmpstr (ch_session_get_title (session), ==, "Morning");
  g_assert_cmpstr (ch_session_get_facilitator (session), ==, "Ana Souza");
  g_assert_cmpint (ch_entity_get_modified (CH_ENTITY (session)), ==, 1795345800);
  g_assert_false (ch_session_get_anonymous (session));

  idea = CH_IDEA (ch_project_lookup (project, CH_TYPE_IDEA,
                                     "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"));
  g_assert_nonnull (idea);
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Pay by invoice");
  g_assert_cmpuint (ch_idea_get_contributors (idea)->len, ==, 1);
  contributor = g_ptr_array_index (ch_idea_get_contributors (idea), 0);
  g_assert_cmpstr (contributor->participant_id, ==, "0e5b3c71-4a2d-4c9e-9b8f-1d2e3f4a5b6c");
  g_assert_true (ch_project_check_integrity (project, NULL));

  /* The new column takes what it is for. */
  g_assert_true (ch_project_update (project, CH_ENTITY (session), &error,
                                    "anonymous", TRUE, NULL));
  g_assert_no_error (error);
  project = reopen (g_steal_pointer (&project), f->path);
  session = CH_SESSION (ch_project_lookup (project, CH_TYPE_SESSION,
                                           "2b7e1516-28ae-4d2a-9f3c-0a1b2c3d4e5f"));
  g_assert_true (ch_session_get_anonymous (session));
  ch_project_close (project);
  g_assert_cmpint (user_version_of (f->path), ==, CH_STORE_SCHEMA_VERSION);
}

/* A migration that fails leaves the file at its old version, whole: it
 * runs in one transaction. */
static void
test_migrate_failure_rolls_back (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = NULL;

  /* Another program already added a column of that name. */
  make_version_1_file (f->path, ", anonymous TEXT");

  project = ch_project_open (f->path, &error);
  g_assert_null (project);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "workshop.charrette"));
  g_assert_cmpint (user_version_of (f->path), ==, 1);
}

/* A closed project is self-contained: no log or index files beside it. */
static void
test_closed_project_is_one_file (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_create (f->path, "One file", &error);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  g_assert_nonnull (ch_project_add_idea (project, "An idea", &error));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  ch_project_close (project);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ch/store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("every-field-survives-reopen", test_every_field_survives_reopen);
  ADD ("update-and-clear-survive-reopen", test_update_and_clear_survive_reopen);
  ADD ("delete-every-entity", test_delete_every_entity);
  ADD ("delete-clears-references", test_delete_clears_references);
  ADD ("dangling-reference-refused", test_dangling_reference_refused);
  ADD ("refuse/text-file", test_refuse_text_file);
  ADD ("refuse/foreign-database", test_refuse_foreign_database);
  ADD ("refuse/foreign-plain-sqlite", test_refuse_foreign_plain_sqlite);
  ADD ("refuse/newer", test_refuse_newer);
  ADD ("refuse/damaged-page", test_refuse_damaged_page);
  ADD ("refuse/second-writer", test_refuse_second_writer);
  ADD ("refuse/missing-file", test_missing_file);
  ADD ("create-refuses-existing", test_create_refuses_existing);
  ADD ("closed-project-is-one-file", test_closed_project_is_one_file);
  ADD ("lists-keep-every-character", test_lists_keep_every_character);
  ADD ("refuse/damaged-list", test_refuse_damaged_list);
  ADD ("migrate/version-1", test_migrate_version_1);
  ADD ("migrate/failure-rolls-back", test_migrate_failure_rolls_back);

  return g_test_run ();
}
