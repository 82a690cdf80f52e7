/* ch-project-view.c: an open project: its ideas, personas, participants and sessions
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-project-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ch-board-page.h"
#include "ch-ideas-page.h"
#include "ch-loop-page.h"
#include "ch-matrix-page.h"
#include "ch-review-page.h"
#include "ch-participants-page.h"
#include "ch-personas-page.h"
#include "ch-project-view.h"
#include "ch-sessions-page.h"
#include "ch-timer-button.h"
#include "ch-window.h"

struct _ChProjectView
{
  AdwBin             parent_instance;

  ChProject            *project;
  GBinding             *title_binding;

  /* Template widgets */
  AdwViewSwitcherTitle *switcher_title;
  GtkButton            *undo_button;
  GtkLabel             *undo_label;
  GtkButton            *redo_button;
  AdwViewStack         *view_stack;
  ChIdeasPage          *ideas_page;
  ChPersonasPage       *personas_page;
  ChParticipantsPage   *participants_page;
  ChSessionsPage       *sessions_page;
  ChBoardPage          *board_page;
  ChMatrixPage         *matrix_page;
  ChReviewPage         *review_page;
  ChLoopPage           *loop_page;
  ChTimerButton        *timer_button;
};

G_DEFINE_FINAL_TYPE (ChProjectView, ch_project_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Only when it changes: setting a tooltip makes GTK look where the
 * pointer is, three round trips to an X server, on every step. */
static void
describe_button (GtkWidget  *button,
                 const char *text,
                 const char *fallback)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (button), text != NULL ? text : fallback) == 0)
    return;

  gtk_widget_set_tooltip_text (button, text != NULL ? text : fallback);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The header says what Undo would undo, beside its button, and both
 * buttons say it in their tooltips and to a screen reader: "Undo Add
 * “Pay by invoice”". */
static void
update_history (ChProjectView *self)
{
  g_autofree char *undo_text = NULL;
  g_autofree char *redo_text = NULL;
  const char *undo_label = NULL;
  const char *redo_label = NULL;

  if (self->project != NULL)
    {
      undo_label = ch_project_get_undo_label (self->project);
      redo_label = ch_project_get_redo_label (self->project);
    }

  if (undo_label != NULL)
    /* Translators: the tooltip of the Undo button; %s says what it would
     * undo, such as Add “Pay by invoice” */
    undo_text = g_strdup_printf (_("Undo %s"), undo_label);
  if (redo_label != NULL)
    /* Translators: the tooltip of the Redo button; %s says what it would
     * do again, such as Add “Pay by invoice” */
    redo_text = g_strdup_printf (_("Redo %s"), redo_label);

  describe_button (GTK_WIDGET (self->undo_button), undo_text, _("Undo"));
  describe_button (GTK_WIDGET (self->redo_button), redo_text, _("Redo"));
  gtk_label_set_label (self->undo_label, undo_label != NULL ? undo_label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->undo_label), undo_label != NULL);
}

static void
history_changed_cb (ChProjectView *self,
                    GParamSpec    *pspec,
                    ChProject     *project)
{
  update_history (self);
}

static void
show_idea_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChProjectView *self = CH_PROJECT_VIEW (widget);
  ChEntity *idea;

  if (self->project == NULL)
    return;

  idea = ch_project_lookup (self->project, CH_TYPE_IDEA, g_variant_get_string (parameter, NULL));
  if (idea == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "ideas");
  ch_ideas_page_select (self->ideas_page, CH_IDEA (idea));
  ch_ideas_page_focus_selected (self->ideas_page);
}

static void
show_participant_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  ChProjectView *self = CH_PROJECT_VIEW (widget);
  ChEntity *participant;

  if (self->project == NULL)
    return;

  participant = ch_project_lookup (self->project, CH_TYPE_PARTICIPANT,
                                   g_variant_get_string (parameter, NULL));
  if (participant == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "participants");
  ch_participants_page_select (self->participants_page, CH_PARTICIPANT (participant));
}

static void
ch_project_view_dispose (GObject *object)
{
  ChProjectView *self = CH_PROJECT_VIEW (object);

  ch_project_view_set_project (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_PROJECT_VIEW);

  G_OBJECT_CLASS (ch_project_view_parent_class)->dispose (object);
}

static void
ch_project_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ChProjectView *self = CH_PROJECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_project_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ChProjectView *self = CH_PROJECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_project_view_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_project_view_class_init (ChProjectViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_project_view_dispose;
  object_class->get_property = ch_project_view_get_property;
  object_class->set_property = ch_project_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_IDEAS_PAGE);
  g_type_ensure (CH_TYPE_PERSONAS_PAGE);
  g_type_ensure (CH_TYPE_PARTICIPANTS_PAGE);
  g_type_ensure (CH_TYPE_SESSIONS_PAGE);
  g_type_ensure (CH_TYPE_BOARD_PAGE);
  g_type_ensure (CH_TYPE_MATRIX_PAGE);
  g_type_ensure (CH_TYPE_REVIEW_PAGE);
  g_type_ensure (CH_TYPE_LOOP_PAGE);
  g_type_ensure (CH_TYPE_TIMER_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-project-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, ideas_page);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, personas_page);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, board_page);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, matrix_page);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, review_page);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, loop_page);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, undo_button);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, undo_label);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, redo_button);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, participants_page);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, sessions_page);
  gtk_widget_class_bind_template_child (widget_class, ChProjectView, timer_button);

  /* Links from one page to another, with the id of what to show. */
  gtk_widget_class_install_action (widget_class, "view.show-idea", "s", show_idea_activated);
  gtk_widget_class_install_action (widget_class, "view.show-participant", "s",
                                   show_participant_activated);
}

static void
ch_project_view_init (ChProjectView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A session chosen on the board, the matrix, the review or the loop is
   * the one the others show. */
  g_object_bind_property (self->board_page, "session-id", self->matrix_page, "session-id",
                          G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->matrix_page, "session-id", self->review_page, "session-id",
                          G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->review_page, "session-id", self->loop_page, "session-id",
                          G_BINDING_BIDIRECTIONAL);
}

/**
 * ch_project_view_get_project:
 *
 * Returns: (transfer none) (nullable): the project shown
 */
ChProject *
ch_project_view_get_project (ChProjectView *self)
{
  g_return_val_if_fail (CH_IS_PROJECT_VIEW (self), NULL);

  return self->project;
}

void
ch_project_view_set_project (ChProjectView *self,
                             ChProject     *project)
{
  g_return_if_fail (CH_IS_PROJECT_VIEW (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  g_clear_pointer (&self->title_binding, g_binding_unbind);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, history_changed_cb, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    {
      g_signal_connect_object (project, "notify::undo-label",
                               G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "notify::redo-label",
                               G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
    }
  if (self->undo_label != NULL)
    update_history (self);

  if (self->ideas_page != NULL)
    ch_ideas_page_set_project (self->ideas_page, project);
  if (self->personas_page != NULL)
    ch_personas_page_set_project (self->personas_page, project);
  if (self->participants_page != NULL)
    ch_participants_page_set_project (self->participants_page, project);
  if (self->sessions_page != NULL)
    ch_sessions_page_set_project (self->sessions_page, project);
  if (self->board_page != NULL)
    ch_board_page_set_project (self->board_page, project);
  if (self->matrix_page != NULL)
    ch_matrix_page_set_project (self->matrix_page, project);
  if (self->review_page != NULL)
    ch_review_page_set_project (self->review_page, project);
  if (self->loop_page != NULL)
    ch_loop_page_set_project (self->loop_page, project);

  if (project != NULL)
    {
      self->title_binding = g_object_bind_property (project, "title",
                                                    self->switcher_title, "title",
                                                    G_BINDING_SYNC_CREATE);
      adw_view_stack_set_visible_child_name (self->view_stack, "ideas");
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_project_view_show_page:
 * @name: "ideas", "personas", "participants", "sessions", "board", "matrix",
 *   "review" or "loop"
 */
void
ch_project_view_show_page (ChProjectView *self,
                           const char    *name)
{
  g_return_if_fail (CH_IS_PROJECT_VIEW (self));
  g_return_if_fail (name != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * ch_project_view_focus_new_idea:
 *
 * Shows the ideas and puts the cursor in the box that adds one.
 */
void
ch_project_view_focus_new_idea (ChProjectView *self)
{
  g_return_if_fail (CH_IS_PROJECT_VIEW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "ideas");
  ch_ideas_page_focus_new_idea (self->ideas_page);
}

/**
 * ch_project_view_delete_selected:
 *
 * Deletes the idea, the persona, the participant or the session selected on the visible page,
 * and offers to undo that.
 */
void
ch_project_view_delete_selected (ChProjectView *self)
{
  g_autoptr(ChEntity) entity = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  const char *page;
  const char *name;
  GtkRoot *root;
  AdwToast *toast;

  g_return_if_fail (CH_IS_PROJECT_VIEW (self));

  if (self->project == NULL)
    return;

  page = adw_view_stack_get_visible_child_name (self->view_stack);
  if (g_strcmp0 (page, "personas") == 0)
    {
      ChPersona *persona = ch_personas_page_get_selected (self->personas_page);

      if (persona == NULL)
        return;
      entity = g_object_ref (CH_ENTITY (persona));
      name = ch_persona_get_name (persona);
    }
  else if (g_strcmp0 (page, "participants") == 0)
    {
      ChParticipant *participant = ch_participants_page_get_selected (self->participants_page);

      if (participant == NULL)
        return;
      entity = g_object_ref (CH_ENTITY (participant));
      name = ch_participant_get_name (participant);
    }
  else if (g_strcmp0 (page, "sessions") == 0)
    {
      ChSession *session = ch_sessions_page_get_selected (self->sessions_page);

      if (session == NULL)
        return;
      entity = g_object_ref (CH_ENTITY (session));
      name = ch_session_get_title (session);
    }
  else
    {
      ChIdea *idea = ch_ideas_page_get_selected (self->ideas_page);

      if (idea == NULL)
        return;
      entity = g_object_ref (CH_ENTITY (idea));
      name = ch_idea_get_title (idea);
    }

  /* AdwToast titles are markup in libadwaita 1.2. */
  escaped = g_markup_escape_text (name != NULL ? name : "", -1);

  if (!ch_project_remove (self->project, entity, &error))
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      return;
    }

  /* Translators: a toast after deleting an idea, a persona, a participant or a session,
   * %s is its name or title */
  title = g_strdup_printf (_("“%s” deleted"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (CH_IS_WINDOW (root))
    ch_window_add_toast (CH_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

/**
 * ch_project_view_get_ideas_page:
 *
 * Returns: (transfer none): the page where ideas are captured
 */
ChIdeasPage *
ch_project_view_get_ideas_page (ChProjectView *self)
{
  g_return_val_if_fail (CH_IS_PROJECT_VIEW (self), NULL);

  return self->ideas_page;
}

/**
 * ch_project_view_set_timer:
 * @timer: (nullable): the window's timer, shown in the header bar
 */
void
ch_project_view_set_timer (ChProjectView *self,
                           ChTimer       *timer)
{
  g_return_if_fail (CH_IS_PROJECT_VIEW (self));

  ch_timer_button_set_timer (self->timer_button, timer);
}
