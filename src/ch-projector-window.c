/* ch-projector-window.c: the room's view on the projector
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-projector-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-idea.h"
#include "ch-projector-window.h"

/* As many ideas as the room reads at a glance. */
#define N_LATEST_IDEAS 6

struct _ChProjectorWindow
{
  AdwWindow          parent_instance;

  ChProject         *project;
  ChTimer           *timer;
  ChSession         *session;
  GListStore        *latest;   /* the last ideas of the project, newest first */

  /* Template widgets */
  GtkLabel          *title_label;
  GtkLabel          *session_label;
  GtkLabel          *timer_label;
  GtkLabel          *empty_label;
  GtkScrolledWindow *ideas_scroll;
  GtkFlowBox        *ideas_box;
};

G_DEFINE_FINAL_TYPE (ChProjectorWindow, ch_projector_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_TIMER,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_title (ChProjectorWindow *self)
{
  gtk_label_set_label (self->title_label,
                       self->project != NULL ? ch_project_get_title (self->project) : "");
}

static void
update_session (ChProjectorWindow *self)
{
  const char *title = self->session != NULL ? ch_session_get_title (self->session) : NULL;

  gtk_label_set_label (self->session_label, title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->session_label), title != NULL && *title != '\0');
}

static void
update_timer (ChProjectorWindow *self)
{
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  if (self->timer == NULL)
    return;

  text = ch_timer_dup_text (self->timer);
  gtk_label_set_label (self->timer_label, text);
  /* Translators: %s is the time left as "04:59" */
  name = g_strdup_printf (_("Timer, %s left"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->timer_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  if (ch_timer_get_finished (self->timer))
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "timer-finished");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "timer-finished");
}

/* Six ideas: rebuilt whole on every change, cheaper than keeping track. */
static void
update_latest (ChProjectorWindow *self)
{
  gpointer items[N_LATEST_IDEAS];
  GListModel *ideas;
  guint n_items;
  guint n = 0;

  if (self->project != NULL)
    {
      ideas = ch_project_get_ideas (self->project);
      n_items = g_list_model_get_n_items (ideas);
      for (guint i = n_items; i > 0 && n < N_LATEST_IDEAS; i--)
        items[n++] = g_list_model_get_item (ideas, i - 1);
    }

  g_list_store_splice (self->latest, 0, g_list_model_get_n_items (G_LIST_MODEL (self->latest)),
                       items, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (items[i]);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->ideas_scroll), n > 0);
}

static gboolean
tags_to_text (GBinding     *binding,
              const GValue *from_value,
              GValue       *to_value,
              gpointer      user_data)
{
  const char * const *tags = g_value_get_boxed (from_value);
  GString *text = g_string_new (NULL);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_string_append_printf (text, "%s#%s", i > 0 ? " " : "", tags[i]);
  g_value_take_string (to_value, g_string_free (text, FALSE));

  return TRUE;
}

static gboolean
tags_to_visible (GBinding     *binding,
                 const GValue *from_value,
                 GValue       *to_value,
                 gpointer      user_data)
{
  const char * const *tags = g_value_get_boxed (from_value);

  g_value_set_boolean (to_value, tags != NULL && tags[0] != NULL);

  return TRUE;
}

/* A card follows its idea: the bindings end with the card's labels. */
static GtkWidget *
create_card (gpointer item,
             gpointer user_data)
{
  ChIdea *idea = item;
  GtkWidget *card;
  GtkWidget *title;
  GtkWidget *tags_label;

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "projector-card");

  title = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "projector-idea");
  g_object_bind_property (idea, "title", title, "label", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (card), title);

  tags_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (tags_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (tags_label), 0);
  gtk_widget_add_css_class (tags_label, "projector-tags");
  g_object_bind_property_full (idea, "tags", tags_label, "label", G_BINDING_SYNC_CREATE,
                               tags_to_text, NULL, NULL, NULL);
  /* No tags, no empty line under the title. */
  g_object_bind_property_full (idea, "tags", tags_label, "visible", G_BINDING_SYNC_CREATE,
                               tags_to_visible, NULL, NULL, NULL);
  gtk_box_append (GTK_BOX (card), tags_label);

  return card;
}

static void
ideas_changed_cb (ChProjectorWindow *self,
                  guint              position,
                  guint              removed,
                  guint              added,
                  GListModel        *ideas)
{
  update_latest (self);
}

static void
project_title_changed_cb (ChProjectorWindow *self,
                          GParamSpec        *pspec,
                          ChProject         *project)
{
  update_title (self);
}

static void
session_title_changed_cb (ChProjectorWindow *self,
                          GParamSpec        *pspec,
                          ChSession         *session)
{
  update_session (self);
}

static void
timer_changed_cb (ChProjectorWindow *self,
                  GParamSpec        *pspec,
                  ChTimer           *timer)
{
  update_timer (self);
}

static void
set_project (ChProjectorWindow *self,
             ChProject         *project)
{
  g_assert (self->project == NULL);

  if (project == NULL)
    return;

  self->project = g_object_ref (project);
  g_signal_connect_object (project, "notify::title",
                           G_CALLBACK (project_title_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ch_project_get_ideas (project), "items-changed",
                           G_CALLBACK (ideas_changed_cb), self, G_CONNECT_SWAPPED);
  update_title (self);
  update_latest (self);
}

static void
set_timer (ChProjectorWindow *self,
           ChTimer           *timer)
{
  g_assert (self->timer == NULL);

  if (timer == NULL)
    return;

  self->timer = g_object_ref (timer);
  g_signal_connect_object (timer, "notify", G_CALLBACK (timer_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_timer (self);
}

static void
ch_projector_window_dispose (GObject *object)
{
  ChProjectorWindow *self = CH_PROJECTOR_WINDOW (object);

  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (ch_project_get_ideas (self->project), self);
      g_signal_handlers_disconnect_by_data (self->project, self);
    }
  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  ch_projector_window_set_session (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_PROJECTOR_WINDOW);

  g_clear_object (&self->timer);
  g_clear_object (&self->project);
  g_clear_object (&self->latest);

  G_OBJECT_CLASS (ch_projector_window_parent_class)->dispose (object);
}

static void
ch_projector_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ChProjectorWindow *self = CH_PROJECTOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_TIMER:
      g_value_set_object (value, self->timer);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_projector_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ChProjectorWindow *self = CH_PROJECTOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      set_project (self, g_value_get_object (value));
      break;

    case PROP_TIMER:
      set_timer (self, g_value_get_object (value));
      break;

    case PROP_SESSION:
      ch_projector_window_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_projector_window_class_init (ChProjectorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_projector_window_dispose;
  object_class->get_property = ch_projector_window_get_property;
  object_class->set_property = ch_projector_window_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TIMER] =
    g_param_spec_object ("timer", NULL, NULL,
                         CH_TYPE_TIMER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CH_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-projector-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChProjectorWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ChProjectorWindow, session_label);
  gtk_widget_class_bind_template_child (widget_class, ChProjectorWindow, timer_label);
  gtk_widget_class_bind_template_child (widget_class, ChProjectorWindow, empty_label);
  gtk_widget_class_bind_template_child (widget_class, ChProjectorWindow, ideas_scroll);
  gtk_widget_class_bind_template_child (widget_class, ChProjectorWindow, ideas_box);

  /* F5 shows the projector from the main window and closes it from here. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "window.close", NULL);
}

static void
ch_projector_window_init (ChProjectorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->latest = g_list_store_new (CH_TYPE_IDEA);
  gtk_flow_box_bind_model (self->ideas_box, G_LIST_MODEL (self->latest),
                           create_card, NULL, NULL);
  update_session (self);
  update_latest (self);
}

/**
 * ch_projector_window_new:
 * @project: the project shown
 * @timer: the timer of the window it is shown from
 *
 * Returns: (transfer none): a new projector window, not yet shown
 */
GtkWidget *
ch_projector_window_new (GtkApplication *application,
                         ChProject      *project,
                         ChTimer        *timer)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CH_IS_PROJECT (project), NULL);
  g_return_val_if_fail (CH_IS_TIMER (timer), NULL);

  return g_object_new (CH_TYPE_PROJECTOR_WINDOW,
                       "application", application,
                       "project", project,
                       "timer", timer,
                       NULL);
}

/**
 * ch_projector_window_get_project:
 *
 * Returns: (transfer none): the project shown
 */
ChProject *
ch_projector_window_get_project (ChProjectorWindow *self)
{
  g_return_val_if_fail (CH_IS_PROJECTOR_WINDOW (self), NULL);

  return self->project;
}

/**
 * ch_projector_window_get_timer:
 *
 * Returns: (transfer none): the timer shown
 */
ChTimer *
ch_projector_window_get_timer (ChProjectorWindow *self)
{
  g_return_val_if_fail (CH_IS_PROJECTOR_WINDOW (self), NULL);

  return self->timer;
}

/**
 * ch_projector_window_get_session:
 *
 * Returns: (transfer none) (nullable): the session shown under the title
 */
ChSession *
ch_projector_window_get_session (ChProjectorWindow *self)
{
  g_return_val_if_fail (CH_IS_PROJECTOR_WINDOW (self), NULL);

  return self->session;
}

void
ch_projector_window_set_session (ChProjectorWindow *self,
                                 ChSession         *session)
{
  g_return_if_fail (CH_IS_PROJECTOR_WINDOW (self));
  g_return_if_fail (session == NULL || CH_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    g_signal_connect_object (session, "notify::title",
                             G_CALLBACK (session_title_changed_cb), self, G_CONNECT_SWAPPED);

  update_session (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * ch_projector_window_get_ideas:
 *
 * Returns: (transfer none): the latest ideas shown, newest first
 */
GListModel *
ch_projector_window_get_ideas (ChProjectorWindow *self)
{
  g_return_val_if_fail (CH_IS_PROJECTOR_WINDOW (self), NULL);

  return G_LIST_MODEL (self->latest);
}
