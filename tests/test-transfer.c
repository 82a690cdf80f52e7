/* test-transfer.c: workshop files in and out of the window
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ch-application.h"
#include "ch-ideas-page.h"
#include "ch-project-view.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"
#include "ch-transfer-dialog.h"
#include "ch-window.h"

typedef struct
{
  ChApplication *app;
  ChWindow      *window;
  char          *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = ch_test_dir_new ();
  ch_ui_test_start (&fixture->app, &fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* As the user closes it: the project is closed, the size saved. */
  ch_ui_test_stop (&fixture->app, &fixture->window);
  ch_test_dir_free (g_steal_pointer (&fixture->dir));
}

static GFile *
get_fixture_file (const char *kind,
                  const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "workshops", kind, name, NULL);

  return g_file_new_for_path (path);
}

static guint
count_projects (Fixture *fixture)
{
  ChLibrary *library = ch_application_get_library (fixture->app);

  ch_library_reload (library);

  return g_list_model_get_n_items (G_LIST_MODEL (library));
}

/* The files in the library folder, whatever the library lists. */
static guint
count_library_files (void)
{
  g_autoptr(GDir) dir = g_dir_open (ch_library_get_default_directory (), 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static ChProject *
open_new_project (Fixture    *fixture,
                  const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = ch_library_create_project (ch_application_get_library (fixture->app), title, &error);
  g_assert_no_error (error);

  ch_window_open_project (fixture->window, path);
  WAIT_UNTIL (ch_window_get_project (fixture->window) != NULL);
  ch_ui_test_run_pending ();

  return ch_window_get_project (fixture->window);
}

static ChIdeasPage *
get_ideas_page (Fixture *fixture)
{
  ChProjectView *view = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");

  return TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "ideas_page");
}

/* The ideas as the ideas page lists them. */
static guint
count_listed_ideas (Fixture *fixture)
{
  GtkSingleSelection *selection = TEMPLATE_CHILD (get_ideas_page (fixture),
                                                  CH_TYPE_IDEAS_PAGE, "selection");

  return g_list_model_get_n_items (G_LIST_MODEL (selection));
}

/* Types @text into the add-idea box and presses Enter. */
static void
type_idea (Fixture    *fixture,
           const char *text)
{
  GtkEditable *entry = TEMPLATE_CHILD (get_ideas_page (fixture),
                                       CH_TYPE_IDEAS_PAGE, "new_idea_entry");

  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  ch_ui_test_run_pending ();
}

/* Whether a toast that shows @text is up. */
static gboolean
has_toast (Fixture    *fixture,
           const char *text)
{
  GtkWidget *overlay = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "toast_overlay");
  GtkWidget *stack = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "stack");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ch_ui_test_collect_widgets (overlay, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      if (gtk_widget_is_ancestor (labels->pdata[i], stack))
        continue;
      if (strstr (gtk_label_get_text (labels->pdata[i]), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static GtkButton *
find_toast_button (Fixture    *fixture,
                   const char *label)
{
  GtkWidget *overlay = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "toast_overlay");
  GtkWidget *stack = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "stack");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ch_ui_test_collect_widgets (overlay, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      if (gtk_widget_is_ancestor (buttons->pdata[i], stack))
        continue;
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
        return buttons->pdata[i];
    }

  return NULL;
}

static AdwMessageDialog *
find_message_dialog (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* As a button of the dialog does: respond, then close. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_import_new_from_start_page (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkStack *stack = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "stack");
  g_autoptr(GFile) file = get_fixture_file ("good", "full.charrette.xml");
  guint n_projects = count_projects (fixture);
  ChProject *project;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "start");

  /* On the start page, the chooser's file becomes a new project. */
  ch_window_import (fixture->window, file);
  g_assert_true (ch_window_get_busy (fixture->window));
  WAIT_UNTIL (!ch_window_get_busy (fixture->window));
  ch_ui_test_run_pending ();

  g_assert_null (find_message_dialog (ADW_TYPE_MESSAGE_DIALOG));
  project = ch_window_get_project (fixture->window);
  g_assert_nonnull (project);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "project");
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, 5);
  g_assert_cmpuint (count_listed_ideas (fixture), ==, 5);
  /* It takes the workshop's title, and starts with nothing to undo. */
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (fixture->window)),
                                   "Checkout redesign co-design"));
  g_assert_false (ch_project_get_can_undo (project));
  g_assert_true (has_toast (fixture, "5 ideas added"));
  g_assert_cmpuint (count_projects (fixture), ==, n_projects + 1);
}

static void
test_merge_bad_file_shows_error (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GFile) file = get_fixture_file ("bad", "bad-status.xml");
  AdwMessageDialog *dialog;
  ChProject *project;
  const char *body;

  project = open_new_project (fixture, "Afternoon session");
  type_idea (fixture, "Keep the basket");
  g_assert_cmpuint (count_listed_ideas (fixture), ==, 1);

  /* With a project open, Import asks first. */
  ch_window_import (fixture->window, file);
  dialog = find_message_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import “bad-status.xml”?");
  g_assert_true (adw_message_dialog_has_response (dialog, "new"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "merge");
  respond (dialog, "merge");
  WAIT_UNTIL (!ch_window_get_busy (fixture->window));
  ch_ui_test_run_pending ();

  dialog = find_message_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Import Workshop");
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "bad-status.xml"));
  g_assert_nonnull (strstr (body, "line 5"));
  respond (dialog, "close");

  /* The project is as it was, still open, and takes input again. */
  g_assert_true (ch_window_get_project (fixture->window) == project);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, 1);
  g_assert_cmpuint (count_listed_ideas (fixture), ==, 1);
  type_idea (fixture, "Pay by invoice");
  g_assert_cmpuint (count_listed_ideas (fixture), ==, 2);
}

static void
test_merge_then_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = get_fixture_file ("good", "full.charrette.xml");
  GtkButton *undo_button;
  ChProject *project;

  project = open_new_project (fixture, "Merging");
  type_idea (fixture, "Keep the basket");

  ch_window_import_file (fixture->window, file, TRUE);
  WAIT_UNTIL (!ch_window_get_busy (fixture->window));
  ch_ui_test_run_pending ();

  g_assert_null (find_message_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (count_listed_ideas (fixture), ==, 6);
  /* A merge keeps the project's title. */
  g_assert_cmpstr (ch_project_get_title (project), ==, "Merging");
  g_assert_true (has_toast (fixture, "5 ideas added"));

  /* The whole merge is one step to undo, from the toast. */
  undo_button = find_toast_button (fixture, "_Undo");
  g_assert_nonnull (undo_button);
  g_signal_emit_by_name (undo_button, "clicked");
  ch_ui_test_run_pending ();
  g_assert_cmpuint (count_listed_ideas (fixture), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_personas (project)), ==, 0);
}

static void
test_import_as_new_from_project (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GFile) file = get_fixture_file ("good", "full.charrette.xml");
  AdwMessageDialog *dialog;
  ChProject *project;
  guint n_projects;

  open_new_project (fixture, "Before");
  n_projects = count_projects (fixture);

  ch_window_import (fixture->window, file);
  dialog = find_message_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  respond (dialog, "new");
  WAIT_UNTIL (!ch_window_get_busy (fixture->window));
  ch_ui_test_run_pending ();

  /* The new project takes the window's place. */
  project = ch_window_get_project (fixture->window);
  g_assert_nonnull (project);
  g_assert_cmpstr (ch_project_get_title (project), !=, "Before");
  g_assert_cmpuint (count_listed_ideas (fixture), ==, 5);
  g_assert_cmpuint (count_projects (fixture), ==, n_projects + 1);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct {
    ChTransferKind  kind;
    const char     *name;
    const char     *start;
  } exports[] = {
    { CH_TRANSFER_EXPORT_XML, "out.charrette.xml", "<?xml" },
    { CH_TRANSFER_EXPORT_CSV, "ideas.csv", NULL },
    { CH_TRANSFER_EXPORT_MARKDOWN, "report.md", NULL },
  };

  open_new_project (fixture, "Exporting");
  type_idea (fixture, "Pay by invoice");

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, exports[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *toast = g_strdup_printf ("Exported to “%s”", exports[i].name);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;

      ch_window_export_file (fixture->window, file, exports[i].kind);
      WAIT_UNTIL (!ch_window_get_busy (fixture->window));
      ch_ui_test_run_pending ();

      g_assert_null (find_message_dialog (ADW_TYPE_MESSAGE_DIALOG));
      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      if (exports[i].start != NULL)
        g_assert_true (g_str_has_prefix (contents, exports[i].start));
      g_assert_nonnull (strstr (contents, "Pay by invoice"));
      g_assert_true (has_toast (fixture, toast));
    }
}

static void
test_export_error (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "out.charrette.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  open_new_project (fixture, "Nowhere");

  ch_window_export_file (fixture->window, file, CH_TRANSFER_EXPORT_XML);
  WAIT_UNTIL (!ch_window_get_busy (fixture->window));
  ch_ui_test_run_pending ();

  dialog = find_message_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Export Workshop");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "out.charrette.xml"));
  respond (dialog, "close");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_bad_import_leaves_nothing (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkStack *stack = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "stack");
  g_autoptr(GFile) file = get_fixture_file ("bad", "bad-status.xml");
  guint n_projects = count_projects (fixture);
  guint n_files = count_library_files ();
  AdwMessageDialog *dialog;

  ch_window_import (fixture->window, file);
  WAIT_UNTIL (!ch_window_get_busy (fixture->window));
  ch_ui_test_run_pending ();

  dialog = find_message_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Import Workshop");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "line 5"));
  respond (dialog, "close");

  g_assert_null (ch_window_get_project (fixture->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "start");
  g_assert_cmpuint (count_projects (fixture), ==, n_projects);
  g_assert_cmpuint (count_library_files (), ==, n_files);
}

/* A workshop file big enough to take longer than the progress dialog's
 * delay. */
static GFile *
write_large_workshop (Fixture *fixture,
                      guint    n_ideas)
{
  g_autofree char *path = g_build_filename (fixture->dir, "large.charrette.xml", NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append (text,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<workshop xmlns=\"urn:charrette:workshop:1\" version=\"1\" "
                   "id=\"0b8d5a3c-6e1f-4a2b-9c7d-3e5f7a9b1c2d\" created=\"2026-11-22T09:00:00Z\" "
                   "modified=\"2026-11-22T09:00:00Z\">\n"
                   "  <title>Large workshop</title>\n"
                   "  <ideas>\n");
  for (guint i = 0; i < n_ideas; i++)
    {
      g_autofree char *id = g_uuid_string_random ();

      g_string_append_printf (text,
                              "    <idea id=\"%s\" created=\"2026-11-22T09:05:00Z\" "
                              "modified=\"2026-11-22T09:05:00Z\">\n"
                              "      <title>Idea number %u, said in the room</title>\n"
                              "    </idea>\n",
                              id, i);
    }
  g_string_append (text, "  </ideas>\n</workshop>\n");
  ch_test_write_bytes (path, text->str, text->len);

  return g_file_new_for_path (path);
}

static void
test_cancel_import (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GFile) file = write_large_workshop (fixture, 100000);
  GtkStack *stack = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "stack");
  guint n_projects = count_projects (fixture);
  guint n_files = count_library_files ();
  AdwMessageDialog *dialog = NULL;

  /* No dialog at first: a small file would make it flash. */
  ch_window_import (fixture->window, file);
  g_assert_true (ch_window_get_busy (fixture->window));
  g_assert_null (find_message_dialog (CH_TYPE_TRANSFER_DIALOG));

  WAIT_UNTIL ((dialog = find_message_dialog (CH_TYPE_TRANSFER_DIALOG)) != NULL
              || !ch_window_get_busy (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Importing “large.charrette.xml”");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));

  respond (dialog, "cancel");
  WAIT_UNTIL (!ch_window_get_busy (fixture->window));
  ch_ui_test_run_pending ();

  /* Nothing to tell but that it stopped, and nothing left behind. */
  g_assert_null (find_message_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (has_toast (fixture, "Import cancelled"));
  g_assert_null (ch_window_get_project (fixture->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "start");
  g_assert_cmpuint (count_projects (fixture), ==, n_projects);
  g_assert_cmpuint (count_library_files (), ==, n_files);
}

static void
test_cancel_merge (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_large_workshop (fixture, 100000);
  AdwMessageDialog *dialog = NULL;
  ChProject *project;

  project = open_new_project (fixture, "Keep as it was");
  type_idea (fixture, "Keep the basket");

  ch_window_import_file (fixture->window, file, TRUE);
  g_assert_true (ch_window_get_busy (fixture->window));

  /* Meanwhile nothing closes or changes the project. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-project", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import", NULL);
  g_assert_true (ch_window_get_project (fixture->window) == project);
  g_assert_true (ch_window_get_busy (fixture->window));

  WAIT_UNTIL ((dialog = find_message_dialog (CH_TYPE_TRANSFER_DIALOG)) != NULL
              || !ch_window_get_busy (fixture->window));
  g_assert_nonnull (dialog);
  respond (dialog, "cancel");
  WAIT_UNTIL (!ch_window_get_busy (fixture->window));
  ch_ui_test_run_pending ();

  g_assert_true (has_toast (fixture, "Import cancelled"));
  g_assert_true (ch_window_get_project (fixture->window) == project);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_ideas (project)), ==, 1);
  g_assert_cmpuint (count_listed_ideas (fixture), ==, 1);
  g_assert_cmpstr (ch_project_get_title (project), ==, "Keep as it was");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  data_home = ch_test_dir_new ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/ch/transfer/import-new-from-start-page", Fixture, NULL,
              fixture_set_up, test_import_new_from_start_page, fixture_tear_down);
  g_test_add ("/ch/transfer/merge-bad-file-shows-error", Fixture, NULL,
              fixture_set_up, test_merge_bad_file_shows_error, fixture_tear_down);
  g_test_add ("/ch/transfer/merge-then-undo", Fixture, NULL,
              fixture_set_up, test_merge_then_undo, fixture_tear_down);
  g_test_add ("/ch/transfer/import-as-new-from-project", Fixture, NULL,
              fixture_set_up, test_import_as_new_from_project, fixture_tear_down);
  g_test_add ("/ch/transfer/export", Fixture, NULL,
              fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/ch/transfer/export-error", Fixture, NULL,
              fixture_set_up, test_export_error, fixture_tear_down);
  g_test_add ("/ch/transfer/bad-import-leaves-nothing", Fixture, NULL,
              fixture_set_up, test_bad_import_leaves_nothing, fixture_tear_down);
  g_test_add ("/ch/transfer/cancel-import", Fixture, NULL,
              fixture_set_up, test_cancel_import, fixture_tear_down);
  g_test_add ("/ch/transfer/cancel-merge", Fixture, NULL,
              fixture_set_up, test_cancel_merge, fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
