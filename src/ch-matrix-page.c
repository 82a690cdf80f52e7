/* ch-matrix-page.c: the impact/effort matrix page, and its list
 *
 * The page shows the matrix, or as a list the same ideas with their
 * impact and effort to choose from (the way to weigh ideas without
 * dragging, and what a screen reader reads); beside them, the ideas not
 * placed yet, one of which Enter puts in the middle of the matrix for the
 * arrow keys to move.
 *
 * The page shows the ideas of one session, or all of them (its session
 * chooser): the views get them through a filter of the project's ideas
 * (ChIdeaFilter, which follows ideas that change session), which lets
 * all of them through at no cost when no session is chosen.
 *
 * A project may hold 100 000 ideas. The views get them when first shown
 * (the list when the List is), not when the project opens. The list of
 * ideas not placed is filtered again only when a step (done, undone,
 * redone or imported: ChProject::ideas-changed) placed an idea or took
 * one off, which the page tells by keeping the ideas placed, usually a
 * few; while the page is not shown, when it is. Ideas added or removed
 * the list sees itself. No handler on each idea.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-matrix-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-matrix.h"
#include "ch-matrix-page.h"
#include "ch-session-chooser.h"
#include "ch-window.h"

struct _ChMatrixPage
{
  AdwBin              parent_instance;

  ChProject          *project;
  /* The project's ideas of the session shown. */
  GtkFilterListModel *session_ideas;
  GtkCustomFilter    *unplaced_filter;
  guint               filter_source;
  /* The views have the project's ideas (see attach_ideas()). */
  gboolean            attached;
  /* While attached, the project's ideas that are placed (references), as
   * the list of those not placed shows them or is to: a step's changes
   * are compared with them. Since the list was last filtered, ideas
   * were placed, or taken off. */
  GHashTable         *placed;
  gboolean            newly_placed;
  gboolean            taken_off;

  /* The bin's own child: not a template child, as AdwBin unparents it. */
  GtkStack           *content_stack;

  /* Template widgets */
  GtkStack           *view_stack;
  ChMatrix           *matrix;
  GtkColumnView      *column_view;
  GtkSingleSelection *list_selection;
  GtkSortListModel   *sort_model;
  GtkStack           *unplaced_stack;
  GtkListView        *unplaced_view;
  GtkSingleSelection *unplaced_selection;
  GtkFilterListModel *unplaced_model;
  GtkButton          *place_button;
  ChSessionChooser   *session_chooser;
};

G_DEFINE_FINAL_TYPE (ChMatrixPage, ch_matrix_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SESSION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_placed (ChIdea *idea)
{
  return ch_idea_get_impact (idea) >= CH_MATRIX_MIN && ch_idea_get_effort (idea) >= CH_MATRIX_MIN;
}

static gboolean
is_unplaced (gpointer item,
             gpointer user_data)
{
  return !is_placed (item);
}

static void
update_content (ChMatrixPage *self)
{
  gboolean empty = self->project == NULL ||
                   g_list_model_get_n_items (ch_project_get_ideas (self->project)) == 0;

  gtk_stack_set_visible_child_name (self->content_stack, empty ? "empty" : "ideas");
}

static void
update_unplaced (ChMatrixPage *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->unplaced_model)) == 0;

  gtk_stack_set_visible_child_name (self->unplaced_stack, empty ? "none" : "ideas");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "matrix-page.place",
                                 self->project != NULL &&
                                 gtk_single_selection_get_selected_item (self->unplaced_selection)
                                   != NULL);
}

/* Filters the list of ideas not placed again, if an idea was placed or
 * taken off: those placed are among those it shows, those taken off
 * among the others. */
static void
filter_unplaced (ChMatrixPage *self)
{
  GtkFilterChange change;

  g_clear_handle_id (&self->filter_source, g_source_remove);

  if (!self->newly_placed && !self->taken_off)
    return;

  if (self->newly_placed && self->taken_off)
    change = GTK_FILTER_CHANGE_DIFFERENT;
  else if (self->newly_placed)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  self->newly_placed = self->taken_off = FALSE;
  gtk_filter_changed (GTK_FILTER (self->unplaced_filter), change);
}

static gboolean
filter_unplaced_cb (gpointer user_data)
{
  ChMatrixPage *self = user_data;

  self->filter_source = 0;
  filter_unplaced (self);

  return G_SOURCE_REMOVE;
}

/* Before the next frame; not shown, when the page is. */
static void
queue_filter (ChMatrixPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->filter_source == 0)
    self->filter_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, filter_unplaced_cb, self, NULL);
}

static void
remember_placed (ChMatrixPage *self,
                 GListModel   *ideas,
                 guint         position,
                 guint         n_items)
{
  for (guint i = position; i < position + n_items; i++)
    {
      ChIdea *idea = g_list_model_get_item (ideas, i);

      if (is_placed (idea) && !g_hash_table_contains (self->placed, idea))
        g_hash_table_add (self->placed, idea);
      else
        g_object_unref (idea);
    }
}

/* The List gets the ideas when it is first shown: a column view of
 * 100 000 rows takes a while to make. */
static void
attach_list (ChMatrixPage *self)
{
  if (self->attached && gtk_sort_list_model_get_model (self->sort_model) == NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "list") == 0)
    gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->session_ideas));
}

static void
attach_ideas (ChMatrixPage *self)
{
  if (self->attached || self->project == NULL)
    return;

  self->attached = TRUE;
  remember_placed (self, G_LIST_MODEL (self->session_ideas), 0,
                   g_list_model_get_n_items (G_LIST_MODEL (self->session_ideas)));
  gtk_filter_list_model_set_model (self->unplaced_model, G_LIST_MODEL (self->session_ideas));
  attach_list (self);
}

static void
detach_ideas (ChMatrixPage *self)
{
  self->attached = FALSE;
  g_clear_handle_id (&self->filter_source, g_source_remove);
  self->newly_placed = self->taken_off = FALSE;
  g_hash_table_remove_all (self->placed);
  gtk_filter_list_model_set_model (self->unplaced_model, NULL);
  gtk_sort_list_model_set_model (self->sort_model, NULL);
}

/* A step changed these ideas: placed one, or took one off? */
static void
project_ideas_changed_cb (ChMatrixPage *self,
                          GPtrArray    *ideas,
                          ChProject    *project)
{
  if (!self->attached)
    return;

  for (guint i = 0; i < ideas->len; i++)
    {
      ChIdea *idea = g_ptr_array_index (ideas, i);

      if (is_placed (idea) == g_hash_table_contains (self->placed, idea))
        continue;

      if (is_placed (idea))
        {
          g_hash_table_add (self->placed, g_object_ref (idea));
          self->newly_placed = TRUE;
        }
      else
        {
          g_hash_table_remove (self->placed, idea);
          self->taken_off = TRUE;
        }
    }

  if (self->newly_placed || self->taken_off)
    queue_filter (self);
}

/* The list of those not placed sees the ideas come and go; the ideas
 * placed follow. */
static void
ideas_items_changed_cb (ChMatrixPage *self,
                        guint         position,
                        guint         removed,
                        guint         added,
                        GListModel   *ideas)
{
  if (!self->attached)
    return;

  if (removed > 0)
    {
      GHashTableIter iter;
      gpointer idea;

      g_hash_table_iter_init (&iter, self->placed);
      while (g_hash_table_iter_next (&iter, &idea, NULL))
        if (ch_project_lookup (self->project, CH_TYPE_IDEA,
                               ch_entity_get_id (idea)) != CH_ENTITY (idea))
          g_hash_table_iter_remove (&iter);
    }

  remember_placed (self, ideas, position, added);
}

static void
view_changed_cb (ChMatrixPage *self,
                 GParamSpec   *pspec,
                 GtkStack     *view_stack)
{
  attach_list (self);
}

/* Puts @idea in the middle of the matrix (keeping a value it has) and
 * the keyboard on the matrix, to move it from there. */
static void
place_idea (ChMatrixPage *self,
            ChIdea       *idea)
{
  g_autoptr(GError) error = NULL;
  int impact = ch_idea_get_impact (idea);
  int effort = ch_idea_get_effort (idea);
  int middle = (CH_MATRIX_MIN + CH_MATRIX_MAX) / 2;

  if (self->project == NULL)
    return;

  if (!ch_project_update (self->project, CH_ENTITY (idea), &error,
                          "impact", impact >= CH_MATRIX_MIN ? impact : middle,
                          "effort", effort >= CH_MATRIX_MIN ? effort : middle,
                          NULL))
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      return;
    }

  ch_matrix_set_selected (self->matrix, idea);
  gtk_stack_set_visible_child_name (self->view_stack, "matrix");
  gtk_widget_grab_focus (GTK_WIDGET (self->matrix));
}

static char *
position_label_cb (GObject *this,
                   int      impact,
                   int      effort)
{
  const char *position = ch_matrix_describe_position (impact, effort);
  char first[8] = { 0 };

  /* A sentence's words, as a label. */
  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (position)), first);

  return g_strconcat (first, g_utf8_next_char (position), NULL);
}

static void
value_selected_cb (GtkDropDown  *drop_down,
                   GParamSpec   *pspec,
                   ChMatrixPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *property = g_object_get_data (G_OBJECT (drop_down), "property");
  ChIdea *idea = g_object_get_data (G_OBJECT (drop_down), "idea");
  guint selected = gtk_drop_down_get_selected (drop_down);
  int value;

  if (idea == NULL || self->project == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  g_object_get (idea, property, &value, NULL);
  if ((guint) value == selected)
    return;

  if (!ch_project_update (self->project, CH_ENTITY (idea), &error,
                          property, (int) selected, NULL))
    {
      gtk_drop_down_set_selected (drop_down, (guint) value);
      ch_window_report_error (GTK_WIDGET (self), error);
      return;
    }

  /* The matrix and the list of ideas not placed follow the step; the
   * idea weighed is the one selected on the matrix. */
  ch_matrix_set_selected (self->matrix, idea);
}

/* A value of 1 to 5 chosen from a list; its first item is “not set”. */
static void
setup_value (ChMatrixPage *self,
             GtkListItem  *list_item,
             const char   *property)
{
  const char *values[] = {
    /* Translators: the impact or the effort of an idea that has none */
    _("Not set"), "1", "2", "3", "4", "5", NULL
  };
  GtkWidget *drop_down = gtk_drop_down_new_from_strings (values);

  g_object_set_data (G_OBJECT (drop_down), "property", (gpointer) property);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (value_selected_cb), self);
  gtk_list_item_set_child (list_item, drop_down);
}

static void
setup_impact_cb (ChMatrixPage *self,
                 GtkListItem  *list_item)
{
  setup_value (self, list_item, "impact");
}

static void
setup_effort_cb (ChMatrixPage *self,
                 GtkListItem  *list_item)
{
  setup_value (self, list_item, "effort");
}

static void
bind_value_cb (ChMatrixPage *self,
               GtkListItem  *list_item)
{
  GtkWidget *drop_down = gtk_list_item_get_child (list_item);
  const char *property = g_object_get_data (G_OBJECT (drop_down), "property");
  ChIdea *idea = gtk_list_item_get_item (list_item);
  g_autofree char *label = NULL;
  GBinding *binding;

  g_object_set_data (G_OBJECT (drop_down), "idea", idea);
  binding = g_object_bind_property (idea, property, drop_down, "selected",
                                    G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (drop_down), "binding", binding);

  if (g_str_equal (property, "impact"))
    /* Translators: %s is an idea's title */
    label = g_strdup_printf (_("Impact of “%s”"), ch_idea_get_title (idea));
  else
    /* Translators: %s is an idea's title */
    label = g_strdup_printf (_("Effort of “%s”"), ch_idea_get_title (idea));
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
unbind_value_cb (ChMatrixPage *self,
                 GtkListItem  *list_item)
{
  GtkWidget *drop_down = gtk_list_item_get_child (list_item);
  GBinding *binding = g_object_get_data (G_OBJECT (drop_down), "binding");

  g_object_set_data (G_OBJECT (drop_down), "idea", NULL);
  if (binding != NULL)
    g_binding_unbind (binding);
  g_object_set_data (G_OBJECT (drop_down), "binding", NULL);
}

static void
list_selection_changed_cb (ChMatrixPage       *self,
                           GParamSpec         *pspec,
                           GtkSingleSelection *selection)
{
  ChIdea *idea = gtk_single_selection_get_selected_item (selection);

  if (idea != NULL)
    ch_matrix_set_selected (self->matrix, idea);
}

static void
unplaced_activated_cb (ChMatrixPage *self,
                       guint         position,
                       GtkListView  *list_view)
{
  g_autoptr(ChIdea) idea = g_list_model_get_item (G_LIST_MODEL (self->unplaced_selection),
                                                  position);

  if (idea != NULL)
    place_idea (self, idea);
}

static void
place_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ChMatrixPage *self = CH_MATRIX_PAGE (widget);
  ChIdea *idea = gtk_single_selection_get_selected_item (self->unplaced_selection);

  if (idea != NULL)
    place_idea (self, idea);
}

static void
ch_matrix_page_map (GtkWidget *widget)
{
  ChMatrixPage *self = CH_MATRIX_PAGE (widget);

  GTK_WIDGET_CLASS (ch_matrix_page_parent_class)->map (widget);

  if (!self->attached)
    attach_ideas (self);
  else
    filter_unplaced (self);
}

/* The views' filter follows the choice. */
static void
session_chosen_cb (ChMatrixPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
}

static void
ch_matrix_page_dispose (GObject *object)
{
  ChMatrixPage *self = CH_MATRIX_PAGE (object);

  ch_matrix_page_set_project (self, NULL);
  g_clear_handle_id (&self->filter_source, g_source_remove);
  self->content_stack = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_MATRIX_PAGE);

  G_OBJECT_CLASS (ch_matrix_page_parent_class)->dispose (object);
}

static void
ch_matrix_page_finalize (GObject *object)
{
  ChMatrixPage *self = CH_MATRIX_PAGE (object);

  g_clear_object (&self->unplaced_filter);
  g_clear_object (&self->session_ideas);
  g_clear_pointer (&self->placed, g_hash_table_unref);

  G_OBJECT_CLASS (ch_matrix_page_parent_class)->finalize (object);
}

static void
ch_matrix_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChMatrixPage *self = CH_MATRIX_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SESSION_ID:
      g_value_set_string (value, ch_matrix_page_get_session_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_matrix_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChMatrixPage *self = CH_MATRIX_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_matrix_page_set_project (self, g_value_get_object (value));
      break;

    case PROP_SESSION_ID:
      ch_matrix_page_set_session_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_matrix_page_class_init (ChMatrixPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_matrix_page_dispose;
  object_class->finalize = ch_matrix_page_finalize;
  object_class->get_property = ch_matrix_page_get_property;
  object_class->set_property = ch_matrix_page_set_property;

  widget_class->map = ch_matrix_page_map;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The id of the session whose ideas show, or NULL for all. */
  properties[PROP_SESSION_ID] =
    g_param_spec_string ("session-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CH_TYPE_MATRIX);
  g_type_ensure (CH_TYPE_SESSION_CHOOSER);
  g_type_ensure (CH_TYPE_IDEA);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-matrix-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ChMatrixPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ChMatrixPage, matrix);
  gtk_widget_class_bind_template_child (widget_class, ChMatrixPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, ChMatrixPage, list_selection);
  gtk_widget_class_bind_template_child (widget_class, ChMatrixPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, ChMatrixPage, unplaced_stack);
  gtk_widget_class_bind_template_child (widget_class, ChMatrixPage, unplaced_view);
  gtk_widget_class_bind_template_child (widget_class, ChMatrixPage, unplaced_selection);
  gtk_widget_class_bind_template_child (widget_class, ChMatrixPage, unplaced_model);
  gtk_widget_class_bind_template_child (widget_class, ChMatrixPage, place_button);
  gtk_widget_class_bind_template_child (widget_class, ChMatrixPage, session_chooser);
  gtk_widget_class_bind_template_callback (widget_class, position_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_impact_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_effort_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_value_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_value_cb);
  gtk_widget_class_bind_template_callback (widget_class, unplaced_activated_cb);

  gtk_widget_class_install_action (widget_class, "matrix-page.place", NULL, place_activated);
}

static void
ch_matrix_page_init (ChMatrixPage *self)
{
  GtkFilter *filter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->placed = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->content_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  filter = ch_session_chooser_get_filter (self->session_chooser);
  self->session_ideas = gtk_filter_list_model_new (NULL, g_object_ref (filter));
  g_signal_connect_object (self->session_ideas, "items-changed",
                           G_CALLBACK (ideas_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session_chooser, "notify::session-id",
                           G_CALLBACK (session_chosen_cb), self, G_CONNECT_SWAPPED);
  self->unplaced_filter = gtk_custom_filter_new (is_unplaced, NULL, NULL);
  gtk_filter_list_model_set_filter (self->unplaced_model, GTK_FILTER (self->unplaced_filter));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));

  g_signal_connect_object (self->list_selection, "notify::selected-item",
                           G_CALLBACK (list_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unplaced_model, "items-changed",
                           G_CALLBACK (update_unplaced), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unplaced_selection, "notify::selected-item",
                           G_CALLBACK (update_unplaced), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (view_changed_cb), self, G_CONNECT_SWAPPED);

  update_content (self);
  update_unplaced (self);
}

/**
 * ch_matrix_page_get_project:
 *
 * Returns: (transfer none) (nullable): the project whose ideas are weighed
 */
ChProject *
ch_matrix_page_get_project (ChMatrixPage *self)
{
  g_return_val_if_fail (CH_IS_MATRIX_PAGE (self), NULL);

  return self->project;
}

void
ch_matrix_page_set_project (ChMatrixPage *self,
                            ChProject    *project)
{
  GListModel *ideas;

  g_return_if_fail (CH_IS_MATRIX_PAGE (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (ch_project_get_ideas (self->project), self);
      g_signal_handlers_disconnect_by_data (self->project, self);
    }

  g_set_object (&self->project, project);
  ideas = project != NULL ? ch_project_get_ideas (project) : NULL;
  if (self->session_chooser != NULL)
    ch_session_chooser_set_project (self->session_chooser, project);

  /* Disposed: the template's objects are gone. */
  if (self->matrix != NULL)
    {
      detach_ideas (self);
      gtk_filter_list_model_set_model (self->session_ideas, ideas);
      ch_matrix_set_project (self->matrix, project);
      ch_matrix_set_model (self->matrix, project != NULL ? G_LIST_MODEL (self->session_ideas)
                                                         : NULL);
      ch_matrix_set_selected (self->matrix, NULL);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        attach_ideas (self);
    }

  if (project != NULL)
    {
      g_signal_connect_object (ideas, "items-changed", G_CALLBACK (update_content), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "ideas-changed", G_CALLBACK (project_ideas_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  if (self->content_stack != NULL)
    {
      update_content (self);
      update_unplaced (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_matrix_page_get_session_id:
 *
 * Returns: (nullable): the id of the session whose ideas show, or %NULL
 *   for all
 */
const char *
ch_matrix_page_get_session_id (ChMatrixPage *self)
{
  g_return_val_if_fail (CH_IS_MATRIX_PAGE (self), NULL);

  return self->session_chooser != NULL
         ? ch_session_chooser_get_session_id (self->session_chooser) : NULL;
}

/**
 * ch_matrix_page_set_session_id:
 * @session_id: (nullable): a session of the project, or %NULL for all
 *
 * Shows the ideas of one session, or all of them.
 */
void
ch_matrix_page_set_session_id (ChMatrixPage *self,
                               const char   *session_id)
{
  g_return_if_fail (CH_IS_MATRIX_PAGE (self));

  if (self->session_chooser != NULL)
    ch_session_chooser_set_session_id (self->session_chooser, session_id);
}
