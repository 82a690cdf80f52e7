/* ch-session-editor.c: the side pane that edits one session
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-session-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ch-editor-fields.h"
#include "ch-session-editor.h"
#include "ch-window.h"

struct _ChSessionEditor
{
  GtkWidget    parent_instance;

  ChProject   *project;
  ChSession   *session;

  /* Set while the fields are filled from the session, so that is not
   * taken for an edit. */
  gboolean     syncing;
  /* Set while the date row holds text that is no date: it is kept as
   * typed until it is one, or another session is shown. */
  gboolean     date_invalid;

  /* Template widgets */
  GtkStack    *stack;
  AdwEntryRow *title_row;
  AdwEntryRow *date_row;
  AdwEntryRow *facilitator_row;
  GtkTextView *agenda_view;
  GtkSwitch   *anonymous_switch;
};

G_DEFINE_FINAL_TYPE (ChSessionEditor, ch_session_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_date_invalid (ChSessionEditor *self,
                   gboolean         invalid)
{
  GtkWidget *row = GTK_WIDGET (self->date_row);

  self->date_invalid = invalid;

  if (invalid)
    {
      gtk_widget_add_css_class (row, "error");
      /* Translators: the tooltip of a session's date that is not one */
      gtk_widget_set_tooltip_text (row, _("Enter the date as year-month-day, like 2026-11-24"));
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, NULL);
    }
}

static void
sync_from_session (ChSessionEditor *self)
{
  if (self->session == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->syncing = TRUE;

  ch_editor_set_editable_text (GTK_EDITABLE (self->title_row), ch_session_get_title (self->session));
  if (!self->date_invalid)
    ch_editor_set_editable_text (GTK_EDITABLE (self->date_row), ch_session_get_date (self->session));
  ch_editor_set_editable_text (GTK_EDITABLE (self->facilitator_row),
                               ch_session_get_facilitator (self->session));
  ch_editor_set_buffer_text (self->agenda_view, ch_session_get_agenda (self->session));
  if (gtk_switch_get_active (self->anonymous_switch) != ch_session_get_anonymous (self->session))
    gtk_switch_set_active (self->anonymous_switch, ch_session_get_anonymous (self->session));

  self->syncing = FALSE;

  gtk_stack_set_visible_child_name (self->stack, "session");
}

static gboolean
can_edit (ChSessionEditor *self)
{
  return !self->syncing && self->session != NULL && self->project != NULL;
}

/* Writes one edit through the project; when it fails, says why and shows
 * the session as it is in the file again. */
static void
commit_text (ChSessionEditor *self,
             const char      *property,
             const char      *text)
{
  g_autoptr(GError) error = NULL;

  if (text != NULL && *text == '\0')
    text = NULL;

  if (!ch_project_update (self->project, CH_ENTITY (self->session), &error,
                          property, text, NULL))
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      sync_from_session (self);
    }
}

static void
session_notify_cb (ChSessionEditor *self)
{
  sync_from_session (self);
}

static void
title_changed_cb (ChSessionEditor *self,
                  GtkEditable     *editable)
{
  const char *title = gtk_editable_get_text (editable);

  /* A session always has a title: one cleared to be typed again keeps
   * its old one until the first letter. */
  if (can_edit (self) && *title != '\0')
    commit_text (self, "title", title);
}

/* The date is committed once it is a whole YYYY-MM-DD; until then the row
 * says it is not one and keeps what is typed. */
static void
date_changed_cb (ChSessionEditor *self,
                 GtkEditable     *editable)
{
  g_autoptr(GError) error = NULL;
  const char *date = gtk_editable_get_text (editable);

  if (!can_edit (self))
    return;

  if (g_strcmp0 (date, ch_session_get_date (self->session)) == 0)
    {
      show_date_invalid (self, FALSE);
      return;
    }

  if (!ch_project_update (self->project, CH_ENTITY (self->session), &error, "date", date, NULL))
    {
      g_debug ("Date not stored: %s", error->message);
      show_date_invalid (self, TRUE);
      return;
    }

  show_date_invalid (self, FALSE);
}

static void
facilitator_changed_cb (ChSessionEditor *self,
                        GtkEditable     *editable)
{
  if (can_edit (self))
    commit_text (self, "facilitator", gtk_editable_get_text (editable));
}

static void
agenda_changed_cb (ChSessionEditor *self,
                   GtkTextBuffer   *buffer)
{
  g_autofree char *text = NULL;

  if (!can_edit (self))
    return;

  text = ch_editor_dup_buffer_text (buffer);
  commit_text (self, "agenda", text);
}

static guint
count_contributed_ideas (ChSessionEditor *self)
{
  GListModel *ideas = ch_project_get_ideas (self->project);
  const char *id = ch_entity_get_id (CH_ENTITY (self->session));
  guint n_ideas = g_list_model_get_n_items (ideas);
  guint count = 0;

  for (guint i = 0; i < n_ideas; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (ideas, i);
      GPtrArray *contributors = ch_idea_get_contributors (idea);

      if (contributors != NULL && contributors->len > 0 &&
          g_strcmp0 (ch_idea_get_session_id (idea), id) == 0)
        count++;
    }

  return count;
}

/* Turning it on drops who contributed the session's ideas (the project
 * does that, in the same step): a toast says so, with Undo. */
static void
anonymous_toggled_cb (ChSessionEditor *self,
                      GParamSpec      *pspec,
                      GtkSwitch       *anonymous_switch)
{
  g_autoptr(GError) error = NULL;
  gboolean anonymous = gtk_switch_get_active (anonymous_switch);
  guint n_stripped;

  if (!can_edit (self) || anonymous == ch_session_get_anonymous (self->session))
    return;

  n_stripped = anonymous ? count_contributed_ideas (self) : 0;

  if (!ch_project_update (self->project, CH_ENTITY (self->session), &error,
                          "anonymous", anonymous, NULL))
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      sync_from_session (self);
      return;
    }

  if (n_stripped > 0)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      g_autofree char *title = NULL;
      AdwToast *toast;

      if (!CH_IS_WINDOW (root))
        return;

      title = g_strdup_printf (ngettext ("Contributors removed from %u idea",
                                         "Contributors removed from %u ideas",
                                         n_stripped),
                               n_stripped);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      ch_window_add_toast (CH_WINDOW (root), toast);
    }
}

static void
ch_session_editor_dispose (GObject *object)
{
  ChSessionEditor *self = CH_SESSION_EDITOR (object);

  ch_session_editor_set_session (self, NULL);
  ch_session_editor_set_project (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_SESSION_EDITOR);

  G_OBJECT_CLASS (ch_session_editor_parent_class)->dispose (object);
}

static void
ch_session_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ChSessionEditor *self = CH_SESSION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_session_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ChSessionEditor *self = CH_SESSION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_session_editor_set_project (self, g_value_get_object (value));
      break;

    case PROP_SESSION:
      ch_session_editor_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_session_editor_class_init (ChSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_session_editor_dispose;
  object_class->get_property = ch_session_editor_get_property;
  object_class->set_property = ch_session_editor_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CH_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ChSessionEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, ChSessionEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, ChSessionEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, ChSessionEditor, facilitator_row);
  gtk_widget_class_bind_template_child (widget_class, ChSessionEditor, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, ChSessionEditor, anonymous_switch);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, facilitator_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, agenda_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, anonymous_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ch_session_editor_init (ChSessionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  sync_from_session (self);
}

/**
 * ch_session_editor_get_project:
 *
 * Returns: (transfer none) (nullable): the project that edits go through
 */
ChProject *
ch_session_editor_get_project (ChSessionEditor *self)
{
  g_return_val_if_fail (CH_IS_SESSION_EDITOR (self), NULL);

  return self->project;
}

void
ch_session_editor_set_project (ChSessionEditor *self,
                               ChProject       *project)
{
  g_return_if_fail (CH_IS_SESSION_EDITOR (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (g_set_object (&self->project, project))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_session_editor_get_session:
 *
 * Returns: (transfer none) (nullable): the session edited
 */
ChSession *
ch_session_editor_get_session (ChSessionEditor *self)
{
  g_return_val_if_fail (CH_IS_SESSION_EDITOR (self), NULL);

  return self->session;
}

void
ch_session_editor_set_session (ChSessionEditor *self,
                               ChSession       *session)
{
  g_return_if_fail (CH_IS_SESSION_EDITOR (self));
  g_return_if_fail (session == NULL || CH_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, session_notify_cb, self);

  g_set_object (&self->session, session);

  if (self->session != NULL)
    g_signal_connect_object (self->session, "notify", G_CALLBACK (session_notify_cb),
                             self, G_CONNECT_SWAPPED);

  if (self->stack != NULL)
    {
      show_date_invalid (self, FALSE);
      sync_from_session (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * ch_session_editor_focus_title:
 *
 * Puts the cursor in the title, all of it selected to be typed over.
 */
void
ch_session_editor_focus_title (ChSessionEditor *self)
{
  g_return_if_fail (CH_IS_SESSION_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
}
