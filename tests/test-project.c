/* test-project.c: the one write path: undo and redo, in memory and in
 * the file; typing is one step; failed writes change nothing.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ch-project.h"
#include "ch-sample.h"
#include "ch-test-helpers.h"
#include "ch-transfer.h"

typedef struct
{
  char      *dir;
  char      *path;
  ChProject *project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ch_test_dir_new ();
  f->path = g_build_filename (f->dir, "undo.charrette", NULL);
  f->project = ch_project_create (f->path, "Undo", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  g_free (f->path);
  ch_test_dir_free (f->dir);
}

static char *
title_in_file (const char *path,
               const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_open (path, &error);
  ChEntity *idea;

  g_assert_no_error (error);
  idea = ch_project_lookup (project, CH_TYPE_IDEA, id);

  return idea ? g_strdup (ch_idea_get_title (CH_IDEA (idea))) : NULL;
}

static void
test_undo_redo_add_edit_remove (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChProject *project = f->project;
  GListModel *ideas = ch_project_get_ideas (project);
  g_autofree char *id = NULL;
  ChIdea *idea;

  g_assert_false (ch_project_get_can_undo (project));
  idea = ch_project_add_idea (project, "Guest checkout", &error);
  id = g_strdup (ch_entity_get_id (CH_ENTITY (idea)));
  g_assert_true (ch_project_get_can_undo (project));

  g_assert_true (ch_project_update (project, CH_ENTITY (idea), &error,
                                    "status", CH_IDEA_STATUS_ACCEPTED, NULL));
  g_assert_true (ch_project_remove (project, CH_ENTITY (idea), &error));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 0);

  /* Undo the removal: the idea is back, with its status. */
  g_assert_true (ch_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 1);
  idea = CH_IDEA (ch_project_lookup (project, CH_TYPE_IDEA, id));
  g_assert_cmpint (ch_idea_get_status (idea), ==, CH_IDEA_STATUS_ACCEPTED);
  g_assert_true (ch_project_get_can_redo (project));

  /* Undo the status, then the add. */
  g_assert_true (ch_project_undo (project, &error));
  g_assert_cmpint (ch_idea_get_status (idea), ==, CH_IDEA_STATUS_NEW);
  g_assert_true (ch_project_undo (project, &error));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 0);
  g_assert_false (ch_project_get_can_undo (project));

  /* Redo all three. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (ch_project_redo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 0);
  g_assert_false (ch_project_get_can_redo (project));
  g_assert_true (ch_project_undo (project, &error));

  /* The file agrees at each point. */
  ch_project_close (project);
  {
    g_autofree char *title = title_in_file (f->path, id);

    g_assert_cmpstr (title, ==, "Guest checkout");
  }
}

static void
test_typing_is_one_step (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "W", &error);
  const char *typed[] = { "Wa", "Wal", "Wall", "Walle", "Wallet" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error,
                                      "title", typed[i], NULL));

  /* Every keystroke is in the file already. */
  {
    g_autofree char *id = g_strdup (ch_entity_get_id (CH_ENTITY (idea)));
    g_autofree char *title = NULL;

    ch_project_close (f->project);
    g_clear_object (&f->project);
    title = title_in_file (f->path, id);
    g_assert_cmpstr (title, ==, "Wallet");
    f->project = ch_project_open (f->path, &error);
    g_assert_no_error (error);
    idea = CH_IDEA (ch_project_lookup (f->project, CH_TYPE_IDEA, id));
  }

  /* In a new session: type again, then one undo removes the whole word. */
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error, "title", "Wallet p", NULL));
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error, "title", "Wallet pay", NULL));
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error,
                                    "description", "Apple and Google", NULL));
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_null (ch_idea_get_description (idea));
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Wallet pay");
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Wallet");
  g_assert_false (ch_project_get_can_undo (f->project));
}

static void
test_no_change_is_no_step (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "Same", &error);
  gint64 modified = ch_entity_get_modified (CH_ENTITY (idea));

  ch_project_clear_history (f->project);
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error, "title", "Same", NULL));
  g_assert_false (ch_project_get_can_undo (f->project));
  g_assert_cmpint (ch_entity_get_modified (CH_ENTITY (idea)), ==, modified);
}

static void
test_invalid_value_refused (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "Range", &error);

  g_assert_false (ch_project_update (f->project, CH_ENTITY (idea), &error, "impact", 9, NULL));
  g_assert_nonnull (error);
  g_assert_cmpint (ch_idea_get_impact (idea), ==, 0);
}

/* What the project keeps, a workshop file can hold: the export can be
 * read back. */
static void
test_workshop_limits_refused (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "Limits", &error);
  ChPersona *persona = ch_project_add_persona (f->project, "P", &error);
  g_autofree char *long_text = g_strnfill (1024 * 1024 + 1, 'a');
  g_autofree char *fits = g_strnfill (1024 * 1024, 'a');

  g_assert_false (ch_project_update (f->project, CH_ENTITY (idea), &error,
                                     "description", long_text, NULL));
  g_assert_nonnull (strstr (error->message, "1 MiB"));
  g_clear_error (&error);
  g_assert_null (ch_idea_get_description (idea));
  g_assert_true (ch_project_update (f->project, CH_ENTITY (idea), &error,
                                    "description", fits, NULL));

  g_assert_false (ch_project_update (f->project, CH_ENTITY (persona), &error,
                                     "color", "blue", NULL));
  g_assert_nonnull (strstr (error->message, "blue"));
  g_clear_error (&error);
  g_assert_true (ch_project_update (f->project, CH_ENTITY (persona), &error,
                                    "color", "#3584e4", NULL));

  g_assert_null (ch_project_add_session (f->project, "Session", "22 November", &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_sessions (f->project)), ==, 0);
}

static void
test_closed_project_refuses_changes (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "Before", &error);

  ch_project_close (f->project);
  g_assert_false (ch_project_update (f->project, CH_ENTITY (idea), &error, "title", "After", NULL));
  g_assert_nonnull (strstr (error->message, "undo.charrette"));
  g_assert_cmpstr (ch_idea_get_title (idea), ==, "Before");
}

static void
test_modified_times (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChIdea *idea = ch_project_add_idea (f->project, "Timed", &error);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_cmpint (ch_idea_get_created (idea), >=, now - 5);
  g_assert_cmpint (ch_idea_get_created (idea), <=, now);
  g_assert_cmpint (ch_entity_get_modified (CH_ENTITY (idea)), >=, now - 5);
  g_assert_cmpint (ch_project_get_modified (f->project), >=, now - 5);
}

static void
test_sample_fills_a_project (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint in_clusters = 0;
  GListModel *ideas;

  g_assert_true (ch_sample_fill (f->project, &error));
  g_assert_no_error (error);
  g_assert_false (ch_project_get_can_undo (f->project));

  ch_project_close (f->project);
  g_clear_object (&f->project);
  f->project = ch_project_open (f->path, &error);
  g_assert_no_error (error);

  ideas = ch_project_get_ideas (f->project);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), >=, 30);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_personas (f->project)), >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_participants (f->project)), >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_sessions (f->project)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_clusters (f->project)), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);

      in_clusters += ch_idea_get_cluster_id (idea) != NULL;
    }
  g_assert_cmpuint (in_clusters, >, 0);
  g_assert_cmpuint (in_clusters, <, g_list_model_get_n_items (ideas));
  g_assert_true (ch_project_check_integrity (f->project, NULL));
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static gboolean
run_transfer (ChProject       *project,
              const char      *path,
              ChTransferKind   kind,
              GError         **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ChTransfer) transfer = ch_transfer_new (project, file, kind);

  return ch_transfer_run (transfer, NULL, error);
}

static void
merge_fixture (ChProject  *project,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "workshops", "good", name, NULL);

  g_assert_true (run_transfer (project, path, CH_TRANSFER_IMPORT_MERGE, &error));
  g_assert_no_error (error);
}

static ChEntity *
nth (GListModel *model,
     guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);

  /* The project keeps its own reference. */
  return CH_ENTITY (item);
}

/* Every step says what undo would undo, and then what redo would redo. */
static void
test_undo_labels (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ChProject *project = f->project;
  ChEntity *batch[3];
  ChIdea *idea;
  ChIdea *second;
  ChIdea *third;
  ChPersona *persona;
  guint undo_notified = 0;
  guint redo_notified = 0;
  const char *label;

  g_assert_null (ch_project_get_undo_label (project));
  g_assert_null (ch_project_get_redo_label (project));
  g_signal_connect (project, "notify::undo-label", G_CALLBACK (count_cb), &undo_notified);
  g_signal_connect (project, "notify::redo-label", G_CALLBACK (count_cb), &redo_notified);

  /* One entity added, edited (typing is one step, named as it is now). */
  idea = ch_project_add_idea (project, "Pay by invoice", &error);
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Add “Pay by invoice”");
  g_assert_cmpuint (undo_notified, ==, 1);
  g_assert_true (ch_project_update (project, CH_ENTITY (idea), &error, "title", "Pay by c", NULL));
  g_assert_true (ch_project_update (project, CH_ENTITY (idea), &error,
                                    "title", "Pay by card", NULL));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Edit “Pay by card”");
  g_assert_cmpuint (undo_notified, ==, 3);
  persona = ch_project_add_persona (project, "Busy parent", &error);
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Add “Busy parent”");

  /* Several of one kind, of several kinds. */
  batch[0] = CH_ENTITY (ch_idea_new (NULL, "One"));
  batch[1] = CH_ENTITY (ch_idea_new (NULL, "Two"));
  batch[2] = CH_ENTITY (ch_idea_new (NULL, "Three"));
  g_assert_true (ch_project_add_many (project, batch, 3, &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Add 3 ideas");
  second = CH_IDEA (batch[1]);
  third = CH_IDEA (batch[2]);
  for (guint i = 0; i < 3; i++)
    g_object_unref (batch[i]);
  batch[0] = CH_ENTITY (ch_idea_new (NULL, "Four"));
  batch[1] = CH_ENTITY (ch_cluster_new (NULL, "Payment friction"));
  g_assert_true (ch_project_add_many (project, batch, 2, &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Add 2 items");
  g_object_unref (batch[0]);
  g_object_unref (batch[1]);

  /* Deleted: one, several of one kind, of several kinds. */
  g_assert_true (ch_project_remove (project, CH_ENTITY (idea), &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Delete “Pay by card”");
  batch[0] = CH_ENTITY (second);
  batch[1] = CH_ENTITY (third);
  g_assert_true (ch_project_remove_many (project, batch, 2, &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Delete 2 ideas");
  batch[0] = CH_ENTITY (persona);
  batch[1] = nth (ch_project_get_ideas (project), 0);
  g_assert_true (ch_project_remove_many (project, batch, 2, &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Delete 2 items");
  g_assert_no_error (error);

  /* A long title is cut short, on one line. */
  g_assert_nonnull (ch_project_add_idea (project,
                                         "Remember the card on this device\nand on every other "
                                         "device the customer ever used", &error));
  label = ch_project_get_undo_label (project);
  g_assert_true (g_str_has_prefix (label, "Add “Remember the card on this device and"));
  g_assert_true (g_str_has_suffix (label, "…”"));
  g_assert_null (strchr (label, '\n'));
  g_assert_cmpuint (g_utf8_strlen (label, -1), ==, strlen ("Add “”") - 4 + 40);

  /* The project's own fields. */
  g_assert_true (ch_project_set_title (project, "Renamed", &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Edit project title");
  g_assert_true (ch_project_set_description (project, "Why we met", &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Edit project description");
  g_assert_null (ch_project_get_redo_label (project));

  /* Undone, a step's label becomes the redo label. */
  redo_notified = 0;
  g_assert_true (ch_project_undo (project, &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Edit project title");
  g_assert_cmpstr (ch_project_get_redo_label (project), ==, "Edit project description");
  g_assert_cmpuint (redo_notified, ==, 1);
  g_assert_true (ch_project_undo (project, &error));
  g_assert_cmpstr (ch_project_get_redo_label (project), ==, "Edit project title");
  g_assert_true (g_str_has_prefix (ch_project_get_undo_label (project), "Add “Remember"));
  g_assert_true (ch_project_redo (project, &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Edit project title");
  g_assert_cmpstr (ch_project_get_redo_label (project), ==, "Edit project description");

  /* A new change forgets what could be redone. */
  g_assert_nonnull (ch_project_add_session (project, "Morning", "2026-11-22", &error));
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Add “Morning”");
  g_assert_null (ch_project_get_redo_label (project));

  /* A merge is named by its file. */
  merge_fixture (project, "full.charrette.xml");
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Import “full.charrette.xml”");
  g_assert_true (ch_project_undo (project, &error));
  g_assert_cmpstr (ch_project_get_redo_label (project), ==, "Import “full.charrette.xml”");
  g_assert_cmpstr (ch_project_get_undo_label (project), ==, "Add “Morning”");

  ch_project_clear_history (project);
  g_assert_null (ch_project_get_undo_label (project));
  g_assert_null (ch_project_get_redo_label (project));
  g_assert_no_error (error);
}

/* The project's title and description are undoable like any field, and
 * typing them is one step. */
static void
test_project_title_is_undoable (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *typed[] = { "C", "Ch", "Che", "Checkout" };
  guint notified = 0;

  g_signal_connect (f->project, "notify::title", G_CALLBACK (count_cb), &notified);
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    g_assert_true (ch_project_set_title (f->project, typed[i], &error));
  g_assert_true (ch_project_set_description (f->project, "Why we met", &error));
  g_assert_cmpuint (notified, ==, 4);

  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_null (ch_project_get_description (f->project));
  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_cmpstr (ch_project_get_title (f->project), ==, "Undo");
  g_assert_cmpuint (notified, ==, 5);
  g_assert_false (ch_project_get_can_undo (f->project));

  g_assert_true (ch_project_redo (f->project, &error));
  g_assert_cmpstr (ch_project_get_title (f->project), ==, "Checkout");
  g_assert_no_error (error);

  ch_project_close (f->project);
  g_clear_object (&f->project);
  f->project = ch_project_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ch_project_get_title (f->project), ==, "Checkout");
  g_assert_null (ch_project_get_description (f->project));
}

/* What a user would find of the project: its workshop file without the
 * times of change (which undo and redo set to now), the order of each
 * list, and what only the project file keeps. */
static char *
snapshot (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "snapshot.charrette.xml", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *stripped = NULL;
  g_autoptr(GRegex) modified = g_regex_new (" modified=\"[^\"]*\"", 0, 0, NULL);
  GListModel *lists[] = {
    ch_project_get_sessions (f->project), ch_project_get_personas (f->project),
    ch_project_get_participants (f->project), ch_project_get_clusters (f->project),
    ch_project_get_ideas (f->project),
  };
  GString *out;

  g_assert_true (run_transfer (f->project, path, CH_TRANSFER_EXPORT_XML, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &xml, NULL, &error);
  g_assert_no_error (error);

  out = g_string_new (NULL);
  g_string_append (out, stripped = g_regex_replace_literal (modified, xml, -1, 0, "", 0, &error));
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_string_append (out, "\norder:");
      for (guint j = 0; j < g_list_model_get_n_items (lists[i]); j++)
        {
          g_autoptr(ChEntity) entity = g_list_model_get_item (lists[i], j);

          g_string_append_printf (out, " %s", ch_entity_get_id (entity));
          if (CH_IS_SESSION (entity) && ch_session_get_anonymous (CH_SESSION (entity)))
            g_string_append (out, " (anonymous)");
        }
    }

  return g_string_free (out, FALSE);
}

typedef void (*Command) (ChProject *project);

static void
command_add (ChProject *project)
{
  g_assert_nonnull (ch_project_add_idea (project, "Pay by invoice", NULL));
}

static void
command_add_many (ChProject *project)
{
  g_autoptr(ChSession) session = ch_session_new (NULL, "Afternoon", "2026-11-23");
  g_autoptr(ChCluster) cluster = ch_cluster_new (NULL, "Delivery");
  g_autoptr(ChPersona) persona = ch_persona_new (NULL, "Night owl");
  g_autoptr(ChParticipant) participant = ch_participant_new (NULL, "Sam K.");
  g_autoptr(ChIdea) idea = ch_idea_new (NULL, "Deliver after 22:00");
  ChEntity *entities[] = {
    CH_ENTITY (session), CH_ENTITY (cluster), CH_ENTITY (persona), CH_ENTITY (participant),
    CH_ENTITY (idea),
  };

  g_object_set (participant, "persona-id", ch_entity_get_id (CH_ENTITY (persona)), NULL);
  g_object_set (idea,
                "session-id", ch_entity_get_id (CH_ENTITY (session)),
                "cluster-id", ch_entity_get_id (CH_ENTITY (cluster)),
                NULL);
  g_assert_true (ch_project_add_many (project, entities, G_N_ELEMENTS (entities), NULL));
}

static void
command_update_session (ChProject *project)
{
  g_assert_true (ch_project_update (project, nth (ch_project_get_sessions (project), 0), NULL,
                                    "title", "Morning, moved", "date", "2026-12-01",
                                    "facilitator", NULL, "agenda", "Only voting", NULL));
}

static void
command_update_persona (ChProject *project)
{
  const char *quotes[] = { "One", "Two", NULL };

  g_assert_true (ch_project_update (project, nth (ch_project_get_personas (project), 0), NULL,
                                    "name", "Renamed persona", "kind", CH_PERSONA_KIND_INTERNAL,
                                    "quotes", quotes, "color", "#33d17a", NULL));
}

static void
command_update_participant (ChProject *project)
{
  ChEntity *persona = nth (ch_project_get_personas (project), 1);

  g_assert_true (ch_project_update (project, nth (ch_project_get_participants (project), 0), NULL,
                                    "persona-id", ch_entity_get_id (persona),
                                    "role", CH_PARTICIPANT_ROLE_CO_PRODUCER, NULL));
}

static void
command_update_cluster (ChProject *project)
{
  g_assert_true (ch_project_update (project, nth (ch_project_get_clusters (project), 0), NULL,
                                    "name", "Renamed cluster", "summary", NULL, "position", 9,
                                    NULL));
}

/* Every link of an idea at once. */
static void
command_update_idea (ChProject *project)
{
  g_autoptr(GPtrArray) contributors = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_contributor_free);
  g_autoptr(GPtrArray) votes = g_ptr_array_new_with_free_func ((GDestroyNotify)ch_vote_free);
  ChEntity *first = nth (ch_project_get_participants (project), 0);
  ChEntity *second = nth (ch_project_get_participants (project), 1);
  const char *personas[] = {
    ch_entity_get_id (nth (ch_project_get_personas (project), 1)),
    ch_entity_get_id (nth (ch_project_get_personas (project), 2)),
    NULL
  };
  const char *tags[] = { "later", NULL };

  g_ptr_array_add (contributors, ch_contributor_new (ch_entity_get_id (first), "2026-11-30"));
  g_ptr_array_add (contributors, ch_contributor_new (ch_entity_get_id (second), NULL));
  g_ptr_array_add (votes, ch_vote_new (ch_entity_get_id (second), 7));

  g_assert_true (ch_project_update (project, nth (ch_project_get_ideas (project), 0), NULL,
                                    "personas", personas, "contributors", contributors,
                                    "votes", votes, "tags", tags, "cluster-id", NULL,
                                    "status", CH_IDEA_STATUS_DONE, "impact", 5, NULL));
}

static void
command_remove (ChProject *project)
{
  g_assert_true (ch_project_remove (project, nth (ch_project_get_ideas (project), 2), NULL));
}

/* Entities others refer to: their references are cleared too. */
static void
command_remove_many (ChProject *project)
{
  ChEntity *entities[] = {
    nth (ch_project_get_personas (project), 0),
    nth (ch_project_get_participants (project), 0),
    nth (ch_project_get_clusters (project), 0),
    nth (ch_project_get_sessions (project), 0),
    nth (ch_project_get_ideas (project), 1),
  };

  g_assert_true (ch_project_remove_many (project, entities, G_N_ELEMENTS (entities), NULL));
}

static void
command_anonymous (ChProject *project)
{
  g_assert_true (ch_project_update (project, nth (ch_project_get_sessions (project), 0), NULL,
                                    "anonymous", TRUE, NULL));
}

static void
command_project_fields (ChProject *project)
{
  g_assert_true (ch_project_set_title (project, "Another title", NULL));
}

static void
command_merge (ChProject *project)
{
  merge_fixture (project, "full.charrette.xml");
}

/* Do, undo, redo: each time the project is as expected, and the file
 * agrees once it is opened again (the history is not kept). */
static void
test_undo_redo_survives_reopen (Fixture       *f,
                                gconstpointer  data)
{
  Command command = (Command)data;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *reopened = NULL;

  g_assert_true (ch_sample_fill (f->project, &error));
  g_assert_no_error (error);

  before = snapshot (f);
  command (f->project);
  after = snapshot (f);
  g_assert_cmpstr (before, !=, after);
  g_assert_true (ch_project_get_can_undo (f->project));

  g_assert_true (ch_project_undo (f->project, &error));
  g_assert_no_error (error);
  undone = snapshot (f);
  g_assert_cmpstr (undone, ==, before);

  g_assert_true (ch_project_redo (f->project, &error));
  g_assert_no_error (error);
  redone = snapshot (f);
  g_assert_cmpstr (redone, ==, after);
  g_assert_true (ch_project_check_integrity (f->project, NULL));

  ch_project_close (f->project);
  g_clear_object (&f->project);
  f->project = ch_project_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (ch_project_get_can_undo (f->project));
  reopened = snapshot (f);
  g_assert_cmpstr (reopened, ==, after);
  g_assert_true (ch_project_check_integrity (f->project, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ch/project/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("undo-redo-add-edit-remove", test_undo_redo_add_edit_remove);
  ADD ("typing-is-one-step", test_typing_is_one_step);
  ADD ("no-change-is-no-step", test_no_change_is_no_step);
  ADD ("invalid-value-refused", test_invalid_value_refused);
  ADD ("closed-project-refuses-changes", test_closed_project_refuses_changes);
  ADD ("workshop-limits-refused", test_workshop_limits_refused);
  ADD ("modified-times", test_modified_times);
  ADD ("sample-fills-a-project", test_sample_fills_a_project);
  ADD ("undo-labels", test_undo_labels);
  ADD ("project-title-is-undoable", test_project_title_is_undoable);

#define ADD_COMMAND(name, command) \
  g_test_add ("/ch/project/undo-redo-survives-reopen/" name, Fixture, (gconstpointer)command, \
              fixture_set_up, test_undo_redo_survives_reopen, fixture_tear_down)

  ADD_COMMAND ("add", command_add);
  ADD_COMMAND ("add-many", command_add_many);
  ADD_COMMAND ("update-session", command_update_session);
  ADD_COMMAND ("update-persona", command_update_persona);
  ADD_COMMAND ("update-participant", command_update_participant);
  ADD_COMMAND ("update-cluster", command_update_cluster);
  ADD_COMMAND ("update-idea-links", command_update_idea);
  ADD_COMMAND ("remove", command_remove);
  ADD_COMMAND ("remove-many-with-referrers", command_remove_many);
  ADD_COMMAND ("anonymous-session", command_anonymous);
  ADD_COMMAND ("project-title", command_project_fields);
  ADD_COMMAND ("merge", command_merge);

  return g_test_run ();
}
