/* ch-session-chooser.c: which session's ideas a page shows
 *
 * A drop-down of "All Sessions" and the project's sessions, for the
 * pages that show the ideas of a whole workshop (the board, the matrix,
 * the review and the loop) to show those of one session. The project
 * view binds the pages' choices together: a session chosen on one page
 * is the one shown on the others.
 *
 * The choice is the session's id (NULL for all of them), and a filter of
 * ideas that follows it (ch_session_chooser_get_filter(): a ChIdeaFilter,
 * which sees ideas that change session). A session that is deleted while
 * chosen leaves all of them shown; one whose deletion is undone is not
 * chosen again.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-session-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-idea-filter.h"
#include "ch-session-chooser.h"

struct _ChSessionChooser
{
  GtkWidget            parent_instance;

  ChProject           *project;
  char                *session_id;
  /* The ideas of the session chosen; made for the pages that ask for it
   * (with a session chosen, a query keeps a record of each idea). */
  ChIdeaFilter        *filter;

  /* "All Sessions", then the project's sessions. */
  GListStore          *sections;
  GtkFlattenListModel *items;
  GtkDropDown         *drop_down;
  /* Set while the drop-down is brought to the choice, or its list
   * changes: its selection then says nothing of the user's. */
  guint                showing;
};

G_DEFINE_FINAL_TYPE (ChSessionChooser, ch_session_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SESSION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The position of the session chosen, 0 for all of them, or
 * GTK_INVALID_LIST_POSITION for one that is not there. */
static guint
find_session (ChSessionChooser *self)
{
  GListModel *model = G_LIST_MODEL (self->items);
  guint n_items = g_list_model_get_n_items (model);

  if (self->session_id == NULL)
    return 0;

  for (guint i = 1; i < n_items; i++)
    {
      g_autoptr(ChEntity) session = g_list_model_get_item (model, i);

      if (g_strcmp0 (ch_entity_get_id (session), self->session_id) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
show_choice (ChSessionChooser *self)
{
  guint position = find_session (self);

  if (position == GTK_INVALID_LIST_POSITION)
    {
      /* Gone from the project: all of them. */
      ch_session_chooser_set_session_id (self, NULL);
      return;
    }

  self->showing++;
  if (gtk_drop_down_get_selected (self->drop_down) != position)
    gtk_drop_down_set_selected (self->drop_down, position);
  self->showing--;
}

static void
selected_cb (ChSessionChooser *self)
{
  g_autoptr(ChEntity) session = NULL;
  guint position;

  if (self->showing > 0)
    return;

  position = gtk_drop_down_get_selected (self->drop_down);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  if (position > 0)
    session = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  ch_session_chooser_set_session_id (self, session != NULL ? ch_entity_get_id (session) : NULL);
}

/* Before the drop-down's selection follows a change of its list (it
 * would choose a neighbour of a session that went), and after. */
static void
items_changing_cb (ChSessionChooser *self)
{
  self->showing++;
}

static void
items_changed_cb (ChSessionChooser *self)
{
  self->showing--;
  show_choice (self);
}

static char *
session_label_cb (GObject    *this,
                  ChSession  *session,
                  const char *title)
{
  if (session == NULL || ch_entity_get_id (CH_ENTITY (session)) == NULL)
    return g_strdup (title);

  if (title == NULL || *title == '\0')
    /* Translators: a session whose title is empty */
    return g_strdup (_("Untitled session"));

  return g_strdup (title);
}

/* The label of the session @item evaluates to; takes @item. */
static GtkExpression *
label_expression (GtkExpression *item)
{
  GtkExpression *params[2];

  params[0] = gtk_expression_ref (item);
  params[1] = gtk_property_expression_new (CH_TYPE_SESSION, item, "title");

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 2, params,
                                      G_CALLBACK (session_label_cb), NULL, NULL);
}

/* The button shows a long title shortened, the list in full. */
static void
label_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  data)
{
  gboolean shortened = GPOINTER_TO_INT (data);
  GtkWidget *label = gtk_label_new (NULL);
  GtkExpression *expression;

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (shortened)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
    }
  gtk_list_item_set_child (list_item, label);

  expression = label_expression (gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item"));
  gtk_expression_bind (expression, label, "label", list_item);
}

static void
ch_session_chooser_dispose (GObject *object)
{
  ChSessionChooser *self = CH_SESSION_CHOOSER (object);

  if (self->items != NULL)
    g_signal_handlers_disconnect_by_data (self->items, self);
  g_clear_pointer ((GtkWidget **) &self->drop_down, gtk_widget_unparent);
  g_clear_object (&self->items);
  g_clear_object (&self->sections);
  g_clear_object (&self->project);
  if (self->filter != NULL)
    ch_idea_query_set_project (ch_idea_filter_get_query (self->filter), NULL);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (ch_session_chooser_parent_class)->dispose (object);
}

static void
ch_session_chooser_finalize (GObject *object)
{
  ChSessionChooser *self = CH_SESSION_CHOOSER (object);

  g_free (self->session_id);

  G_OBJECT_CLASS (ch_session_chooser_parent_class)->finalize (object);
}

static void
ch_session_chooser_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ChSessionChooser *self = CH_SESSION_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SESSION_ID:
      g_value_set_string (value, self->session_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_session_chooser_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ChSessionChooser *self = CH_SESSION_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_session_chooser_set_project (self, g_value_get_object (value));
      break;

    case PROP_SESSION_ID:
      ch_session_chooser_set_session_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_session_chooser_class_init (ChSessionChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_session_chooser_dispose;
  object_class->finalize = ch_session_chooser_finalize;
  object_class->get_property = ch_session_chooser_get_property;
  object_class->set_property = ch_session_chooser_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The id of the session whose ideas are shown, or NULL for all. */
  properties[PROP_SESSION_ID] =
    g_param_spec_string ("session-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sessionchooser");
}

static void
ch_session_chooser_init (ChSessionChooser *self)
{
  g_autoptr(GListStore) all = g_list_store_new (CH_TYPE_SESSION);
  g_autoptr(ChSession) any = NULL;
  g_autoptr(GtkListItemFactory) button_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  /* Translators: the first choice of the session filter of the board,
   * the matrix, the review and the loop pages */
  any = ch_session_new (NULL, _("All Sessions"), NULL);
  g_list_store_append (all, any);

  self->sections = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->sections, all);
  self->items = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->sections)));

  g_signal_connect (button_factory, "setup", G_CALLBACK (label_setup_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (list_factory, "setup", G_CALLBACK (label_setup_cb), GINT_TO_POINTER (FALSE));
  self->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_drop_down_set_factory (self->drop_down, button_factory);
  gtk_drop_down_set_list_factory (self->drop_down, list_factory);
  gtk_widget_set_parent (GTK_WIDGET (self->drop_down), GTK_WIDGET (self));
  /* Connected before the drop-down's own handler, and after it. */
  g_signal_connect_object (self->items, "items-changed", G_CALLBACK (items_changing_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (self->items));
  g_signal_connect_object (self->items, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->drop_down, "notify::selected", G_CALLBACK (selected_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->drop_down),
                               _("Show the ideas of one session"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: what a screen reader says of the
                                   * session filter */
                                  _("Session shown"),
                                  -1);
}

ChProject *
ch_session_chooser_get_project (ChSessionChooser *self)
{
  g_return_val_if_fail (CH_IS_SESSION_CHOOSER (self), NULL);

  return self->project;
}

void
ch_session_chooser_set_project (ChSessionChooser *self,
                                ChProject        *project)
{
  g_return_if_fail (CH_IS_SESSION_CHOOSER (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  g_set_object (&self->project, project);

  /* Another project: all its sessions. */
  g_clear_pointer (&self->session_id, g_free);
  if (self->filter != NULL)
    {
      ch_idea_query_set_session_id (ch_idea_filter_get_query (self->filter), NULL);
      ch_idea_query_set_project (ch_idea_filter_get_query (self->filter), project);
    }
  while (g_list_model_get_n_items (G_LIST_MODEL (self->sections)) > 1)
    g_list_store_remove (self->sections, 1);
  if (project != NULL)
    g_list_store_append (self->sections, ch_project_get_sessions (project));
  show_choice (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
}

/**
 * ch_session_chooser_get_session_id:
 *
 * Returns: (nullable): the id of the session whose ideas are shown, or
 *   %NULL for all of them
 */
const char *
ch_session_chooser_get_session_id (ChSessionChooser *self)
{
  g_return_val_if_fail (CH_IS_SESSION_CHOOSER (self), NULL);

  return self->session_id;
}

/**
 * ch_session_chooser_set_session_id:
 * @session_id: (nullable): a session's id, or %NULL for all of them; one
 *   the project does not have chooses all of them
 */
void
ch_session_chooser_set_session_id (ChSessionChooser *self,
                                   const char       *session_id)
{
  g_return_if_fail (CH_IS_SESSION_CHOOSER (self));

  if (session_id != NULL && (self->project == NULL ||
                             ch_project_lookup (self->project, CH_TYPE_SESSION, session_id) == NULL))
    session_id = NULL;

  if (g_strcmp0 (self->session_id, session_id) == 0)
    return;

  g_free (self->session_id);
  self->session_id = g_strdup (session_id);
  if (self->filter != NULL)
    ch_idea_query_set_session_id (ch_idea_filter_get_query (self->filter), session_id);
  show_choice (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
}

/**
 * ch_session_chooser_get_filter:
 *
 * Returns: (transfer none): a filter of the project's ideas that lets
 *   those of the session chosen through (all of them, at no cost, when
 *   none is), and follows the choice and the ideas' changes
 */
GtkFilter *
ch_session_chooser_get_filter (ChSessionChooser *self)
{
  g_return_val_if_fail (CH_IS_SESSION_CHOOSER (self), NULL);

  if (self->filter == NULL)
    {
      ChIdeaQuery *query;

      self->filter = ch_idea_filter_new ();
      query = ch_idea_filter_get_query (self->filter);
      ch_idea_query_set_project (query, self->project);
      ch_idea_query_set_session_id (query, self->session_id);
    }

  return GTK_FILTER (self->filter);
}

/**
 * ch_session_chooser_match:
 * @session_id: (nullable): a choice of ch_session_chooser_get_session_id()
 *
 * Returns: whether @idea shows with the session chosen
 */
gboolean
ch_session_chooser_match (const char *session_id,
                          ChIdea     *idea)
{
  return session_id == NULL || g_strcmp0 (ch_idea_get_session_id (idea), session_id) == 0;
}
