/* ch-board-chooser.c: a popover to choose a column of the board by
 * typing part of its name
 *
 * "Move To…" (Ctrl+M) and "Merge Into…" ask where: the clusters in
 * their order on the board (and Unsorted first, for a move), filtered
 * by what is typed. Up and Down choose among those that match, Enter
 * takes the one chosen, Escape closes. The list is the project's
 * clusters sorted by position; Unsorted is an item of its own before
 * them.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-board-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-board-chooser.h"
#include "ch-board-page-private.h"

struct _ChBoardChooser
{
  GtkPopover          parent_instance;

  /* Unsorted, or nothing; then the clusters by position. */
  GListStore         *unsorted;
  GtkSortListModel   *clusters;
  ChCluster          *exclude;

  /* Template widgets */
  GtkLabel           *title_label;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GListStore         *sections;
  GtkCustomFilter    *exclude_filter;
  GtkStringFilter    *filter;
  GtkLabel           *none_label;
};

G_DEFINE_FINAL_TYPE (ChBoardChooser, ch_board_chooser, GTK_TYPE_POPOVER)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_target_name (GObject *item)
{
  const char *name;

  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  if (!CH_IS_CLUSTER (item))
    return NULL;

  name = ch_cluster_get_name (CH_CLUSTER (item));
  if (name == NULL || *name == '\0')
    return g_strdup (_("Unnamed cluster"));

  return g_strdup (name);
}

static void
choose (ChBoardChooser *self,
        GObject        *item)
{
  g_autoptr(ChBoardChooser) keep = g_object_ref (self);

  if (item == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  g_signal_emit (self, signals[CHOSEN], 0, CH_IS_CLUSTER (item) ? CH_CLUSTER (item) : NULL);
}

static gboolean
is_included (gpointer item,
             gpointer user_data)
{
  ChBoardChooser *self = user_data;

  return item != (gpointer) self->exclude;
}

static void
update_none (ChBoardChooser *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->none_label),
                          g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0);
}

static char *
target_name_cb (GObject *item)
{
  return dup_target_name (item);
}

static char *
item_name_cb (GtkListItem *list_item,
              GObject     *item)
{
  return item != NULL ? dup_target_name (item) : NULL;
}

static GStrv
target_classes_cb (GtkListItem *list_item,
                   GObject     *item)
{
  const char *color_class = NULL;
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv classes;

  g_strv_builder_add (builder, "board-swatch");
  g_strv_builder_add (builder, "small");
  if (item != NULL && CH_IS_CLUSTER (item))
    color_class = ch_board_color_class (ch_cluster_get_color (CH_CLUSTER (item)));
  if (color_class != NULL)
    g_strv_builder_add (builder, color_class);
  else
    g_strv_builder_add (builder, "no-color");

  classes = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return classes;
}

static void
search_changed_cb (ChBoardChooser *self,
                   GtkSearchEntry *entry)
{
  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
  if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION &&
      g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  update_none (self);
}

static void
search_activated_cb (ChBoardChooser *self,
                     GtkSearchEntry *entry)
{
  /* Typing is done while the list still filters: it filters at once. */
  search_changed_cb (self, entry);
  choose (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
stop_search_cb (ChBoardChooser *self,
                GtkSearchEntry *entry)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
target_activated_cb (ChBoardChooser *self,
                     guint           position,
                     GtkListView    *list_view)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  choose (self, item);
}

/* Up and Down choose among the columns that match while the search
 * entry keeps the focus. */
static gboolean
key_pressed_cb (ChBoardChooser        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint selected = gtk_single_selection_get_selected (self->selection);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  guint next;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || n_items == 0 ||
      focus == NULL ||
      (focus != GTK_WIDGET (self->search_entry) &&
       !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry))))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      next = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? 0 : selected - 1;
      break;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      next = selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 1, n_items - 1);
      break;

    default:
      return FALSE;
    }

  gtk_single_selection_set_selected (self->selection, next);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", next);

  return TRUE;
}

static void
ch_board_chooser_map (GtkWidget *widget)
{
  ChBoardChooser *self = CH_BOARD_CHOOSER (widget);

  GTK_WIDGET_CLASS (ch_board_chooser_parent_class)->map (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ch_board_chooser_dispose (GObject *object)
{
  ChBoardChooser *self = CH_BOARD_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_BOARD_CHOOSER);
  g_clear_object (&self->unsorted);
  g_clear_object (&self->clusters);
  g_clear_object (&self->exclude);

  G_OBJECT_CLASS (ch_board_chooser_parent_class)->dispose (object);
}

static void
ch_board_chooser_class_init (ChBoardChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_board_chooser_dispose;

  widget_class->map = ch_board_chooser_map;

  /**
   * ChBoardChooser::chosen:
   * @cluster: (nullable): the cluster chosen, or %NULL for Unsorted
   */
  signals[CHOSEN] =
    g_signal_new ("chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CH_TYPE_CLUSTER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-board-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, ChBoardChooser, title_label);
  gtk_widget_class_bind_template_child (widget_class, ChBoardChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ChBoardChooser, list_view);
  gtk_widget_class_bind_template_child (widget_class, ChBoardChooser, selection);
  gtk_widget_class_bind_template_child (widget_class, ChBoardChooser, filter_model);
  gtk_widget_class_bind_template_child (widget_class, ChBoardChooser, sections);
  gtk_widget_class_bind_template_child (widget_class, ChBoardChooser, exclude_filter);
  gtk_widget_class_bind_template_child (widget_class, ChBoardChooser, filter);
  gtk_widget_class_bind_template_child (widget_class, ChBoardChooser, none_label);
  gtk_widget_class_bind_template_callback (widget_class, target_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_classes_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
}

static void
ch_board_chooser_init (ChBoardChooser *self)
{
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  sorter = GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (CH_TYPE_CLUSTER, NULL,
                                                                             "position")));
  self->clusters = gtk_sort_list_model_new (NULL, sorter);
  self->unsorted = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_list_store_append (self->sections, self->unsorted);
  g_list_store_append (self->sections, self->clusters);
  gtk_custom_filter_set_filter_func (self->exclude_filter, is_included, self, NULL);

  ch_board_chooser_set_title (self, NULL);
}

ChBoardChooser *
ch_board_chooser_new (void)
{
  return g_object_new (CH_TYPE_BOARD_CHOOSER, NULL);
}

/**
 * ch_board_chooser_set_title:
 * @title: (nullable): what is chosen for, "Move To"
 */
void
ch_board_chooser_set_title (ChBoardChooser *self,
                            const char     *title)
{
  g_return_if_fail (CH_IS_BOARD_CHOOSER (self));

  /* Translators: the title of the list of columns to move cards to */
  gtk_label_set_label (self->title_label, title != NULL ? title : _("Move To"));
}

/**
 * ch_board_chooser_set_targets:
 * @with_unsorted: whether Unsorted is one of them
 * @exclude: (nullable): a cluster that is not
 *
 * Lists the clusters of @project in their order on the board, and
 * empties the search.
 */
void
ch_board_chooser_set_targets (ChBoardChooser *self,
                              ChProject      *project,
                              gboolean        with_unsorted,
                              ChCluster      *exclude)
{
  g_return_if_fail (CH_IS_BOARD_CHOOSER (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));
  g_return_if_fail (exclude == NULL || CH_IS_CLUSTER (exclude));

  gtk_sort_list_model_set_model (self->clusters,
                                 project != NULL ? ch_project_get_clusters (project) : NULL);
  g_set_object (&self->exclude, exclude);
  gtk_filter_changed (GTK_FILTER (self->exclude_filter), GTK_FILTER_CHANGE_DIFFERENT);

  if (with_unsorted && g_list_model_get_n_items (G_LIST_MODEL (self->unsorted)) == 0)
    {
      /* Translators: the column of the board that holds the ideas in no cluster */
      g_autoptr(GtkStringObject) unsorted = gtk_string_object_new (_("Unsorted"));

      g_list_store_append (self->unsorted, unsorted);
    }
  else if (!with_unsorted)
    g_list_store_remove_all (self->unsorted);

  ch_board_colors_flush ();

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_string_filter_set_search (self->filter, NULL);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  update_none (self);
}
