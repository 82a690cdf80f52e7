/* test-participants.c: the participants page as a facilitator uses it
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ch-application.h"
#include "ch-participant-editor.h"
#include "ch-participant-row.h"
#include "ch-participants-page.h"
#include "ch-project-view.h"
#include "ch-test-helpers.h"
#include "ch-ui-test-helpers.h"
#include "ch-window.h"

typedef ChUiTestFixture Fixture;

/* Shows the participants as Ctrl+3 does. */
static ChParticipantsPage *
show_participants (Fixture *fixture)
{
  ChProjectView *view = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "project_view");
  AdwViewStack *view_stack = TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "view_stack");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-participants", NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "participants");

  return TEMPLATE_CHILD (view, CH_TYPE_PROJECT_VIEW, "participants_page");
}

static ChParticipantEditor *
get_editor (ChParticipantsPage *page)
{
  return TEMPLATE_CHILD (page, CH_TYPE_PARTICIPANTS_PAGE, "editor");
}

/* The details line of the row that shows @participant, as it is drawn. */
static const char *
row_details (ChParticipantsPage *page,
             ChParticipant      *participant)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  ch_ui_test_collect_widgets (GTK_WIDGET (page), CH_TYPE_PARTICIPANT_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      if (ch_participant_row_get_participant (rows->pdata[i]) == participant)
        {
          GtkLabel *details = TEMPLATE_CHILD (rows->pdata[i], CH_TYPE_PARTICIPANT_ROW,
                                              "details_label");

          return gtk_label_get_label (details);
        }
    }

  return NULL;
}

static GtkButton *
find_toast_undo_button (Fixture *fixture)
{
  GtkWidget *overlay = TEMPLATE_CHILD (fixture->window, CH_TYPE_WINDOW, "toast_overlay");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ch_ui_test_collect_widgets (overlay, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "_Undo") == 0)
        return buttons->pdata[i];
    }

  return NULL;
}

static void
test_edits_are_saved (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Participants");
  g_autofree char *persona_id = NULL;
  g_autoptr(ChProject) reopened = NULL;
  g_autoptr(ChParticipant) saved = NULL;
  g_autoptr(GError) error = NULL;
  ChParticipantEditor *editor;
  ChParticipantsPage *page;
  ChParticipant *participant;
  ChPersona *persona;
  ChProject *project;
  GtkWidget *focus;

  project = ch_ui_test_open_in_window (fixture, path);
  page = show_participants (fixture);
  editor = get_editor (page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (TEMPLATE_CHILD (page,
                                                                     CH_TYPE_PARTICIPANTS_PAGE,
                                                                     "content_stack")),
                   ==, "empty");

  persona = ch_project_add_persona (project, "Busy parent", &error);
  g_assert_no_error (error);
  persona_id = g_strdup (ch_entity_get_id (CH_ENTITY (persona)));

  /* "Add Participant" adds one, selects it and puts the cursor in its name. */
  gtk_widget_activate_action (GTK_WIDGET (page), "participants.add", NULL);
  ch_ui_test_run_pending ();
  participant = ch_participants_page_get_selected (page);
  g_assert_nonnull (participant);
  g_assert_cmpstr (ch_participant_get_name (participant), ==, "New participant");
  g_assert_true (ch_participant_editor_get_participant (editor) == participant);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, TEMPLATE_CHILD (editor,
                                                                CH_TYPE_PARTICIPANT_EDITOR,
                                                                "name_row")));

  gtk_editable_set_text (TEMPLATE_CHILD (editor, CH_TYPE_PARTICIPANT_EDITOR, "name_row"),
                         "Jordan P.");
  gtk_editable_set_text (TEMPLATE_CHILD (editor, CH_TYPE_PARTICIPANT_EDITOR, "organisation_row"),
                         "Bakery Co-op");
  adw_combo_row_set_selected (TEMPLATE_CHILD (editor, CH_TYPE_PARTICIPANT_EDITOR, "kind_row"),
                              CH_PARTICIPANT_KIND_EMPLOYEE);
  adw_combo_row_set_selected (TEMPLATE_CHILD (editor, CH_TYPE_PARTICIPANT_EDITOR, "role_row"),
                              CH_PARTICIPANT_ROLE_CO_CREATOR);
  /* "None" comes first, then the personas. */
  adw_combo_row_set_selected (TEMPLATE_CHILD (editor, CH_TYPE_PARTICIPANT_EDITOR, "persona_row"),
                              1);
  ch_ui_test_run_pending ();

  g_assert_cmpstr (row_details (page, participant), ==, "Employee · Co-creator · Busy parent");

  /* The row follows its persona's name. */
  ch_project_update (project, CH_ENTITY (persona), &error, "name", "Night owl", NULL);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (row_details (page, participant), ==, "Employee · Co-creator · Night owl");

  /* A persona added before the chosen one is no edit of the participant. */
  ch_project_add_persona (project, "Commuter", &error);
  g_assert_no_error (error);
  ch_ui_test_run_pending ();
  g_assert_cmpstr (ch_participant_get_persona_id (participant), ==, persona_id);

  ch_window_close_project (fixture->window);
  reopened = ch_project_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_participants (reopened)), ==, 1);
  saved = g_list_model_get_item (ch_project_get_participants (reopened), 0);
  g_assert_cmpstr (ch_participant_get_name (saved), ==, "Jordan P.");
  g_assert_cmpstr (ch_participant_get_organisation (saved), ==, "Bakery Co-op");
  g_assert_cmpint (ch_participant_get_kind (saved), ==, CH_PARTICIPANT_KIND_EMPLOYEE);
  g_assert_cmpint (ch_participant_get_role (saved), ==, CH_PARTICIPANT_ROLE_CO_CREATOR);
  g_assert_cmpstr (ch_participant_get_persona_id (saved), ==, persona_id);
  ch_project_close (reopened);
}

static void
test_editor_follows_undo (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Undoing");
  g_autoptr(GError) error = NULL;
  ChParticipantEditor *editor;
  ChParticipantsPage *page;
  ChParticipant *participant;
  ChProject *project;
  GtkEditable *name_row;

  project = ch_ui_test_open_in_window (fixture, path);
  page = show_participants (fixture);
  editor = get_editor (page);
  name_row = TEMPLATE_CHILD (editor, CH_TYPE_PARTICIPANT_EDITOR, "name_row");

  gtk_widget_activate_action (GTK_WIDGET (page), "participants.add", NULL);
  participant = ch_participants_page_get_selected (page);
  gtk_editable_set_text (name_row, "Sam");
  ch_ui_test_run_pending ();
  g_assert_cmpstr (ch_participant_get_name (participant), ==, "Sam");

  adw_combo_row_set_selected (TEMPLATE_CHILD (editor, CH_TYPE_PARTICIPANT_EDITOR, "kind_row"),
                              CH_PARTICIPANT_KIND_OBSERVER);
  g_assert_true (ch_project_undo (project, &error));
  g_assert_no_error (error);
  ch_ui_test_run_pending ();

  /* The editor shows the undone value and does not write it back. */
  g_assert_cmpint (ch_participant_get_kind (participant), ==, CH_PARTICIPANT_KIND_CUSTOMER);
  g_assert_cmpuint (adw_combo_row_get_selected (TEMPLATE_CHILD (editor,
                                                                CH_TYPE_PARTICIPANT_EDITOR,
                                                                "kind_row")),
                    ==, CH_PARTICIPANT_KIND_CUSTOMER);
  g_assert_true (ch_project_get_can_redo (project));
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "Sam");
}

static void
test_delete_then_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = ch_ui_test_create_project (fixture, "Deleting");
  g_autoptr(ChProject) reopened = NULL;
  g_autoptr(ChParticipant) saved = NULL;
  g_autoptr(GError) error = NULL;
  ChParticipantsPage *page;
  GtkButton *undo_button;
  ChProject *project;

  project = ch_ui_test_open_in_window (fixture, path);
  page = show_participants (fixture);

  gtk_widget_activate_action (GTK_WIDGET (page), "participants.add", NULL);
  gtk_editable_set_text (TEMPLATE_CHILD (get_editor (page), CH_TYPE_PARTICIPANT_EDITOR,
                                         "name_row"),
                         "Jordan P.");
  ch_ui_test_run_pending ();

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete", NULL);
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_participants (project)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (TEMPLATE_CHILD (page,
                                                                     CH_TYPE_PARTICIPANTS_PAGE,
                                                                     "content_stack")),
                   ==, "empty");

  undo_button = find_toast_undo_button (fixture);
  g_assert_nonnull (undo_button);
  g_signal_emit_by_name (undo_button, "clicked");
  ch_ui_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_participants (project)), ==, 1);

  ch_window_close_project (fixture->window);
  reopened = ch_project_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ch_project_get_participants (reopened)), ==, 1);
  saved = g_list_model_get_item (ch_project_get_participants (reopened), 0);
  g_assert_cmpstr (ch_participant_get_name (saved), ==, "Jordan P.");
  ch_project_close (reopened);
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

  g_test_add ("/ch/participants/edits-are-saved", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_edits_are_saved, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/participants/editor-follows-undo", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_editor_follows_undo, ch_ui_test_fixture_tear_down);
  g_test_add ("/ch/participants/delete-then-undo", Fixture, NULL,
              ch_ui_test_fixture_set_up, test_delete_then_undo, ch_ui_test_fixture_tear_down);

  status = g_test_run ();

  ch_test_dir_free (g_steal_pointer (&data_home));

  return status;
}
