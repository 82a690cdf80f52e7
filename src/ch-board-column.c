/* ch-board-column.c: one column of the board, a cluster's cards or
 * those in no cluster
 *
 * A column is a header (the cluster's colour, its name, how many ideas
 * it holds, its menu) over a list view of cards. Its list of ideas
 * comes from the project (ch_project_get_cluster_ideas()), which keeps
 * it in order, and shows those of the session the page shows (its
 * session filter: an index among the cards shown is turned into one
 * among all the column's ideas before anything moves); its selection
 * stays with the column whether or not its cards are shown. The page
 * decides which columns show their cards: those on screen and near it
 * (ch_board_column_set_attached()), so that a board of 100 clusters
 * makes the cards of a few.
 *
 * The header takes the focus: Delete deletes the cluster (its ideas go
 * back to Unsorted), F2 renames it, Alt+Left and Alt+Right move it,
 * Shift+F10 opens its menu; Alt+Up and Alt+Down move the focused card
 * in its column. Each is a widget action of the column.
 *
 * The colours of clusters are any "#rrggbb": each one seen gets a CSS
 * class of its own (board-color-rrggbb), with its rules in one style
 * provider that is loaded again when colours are added.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-board-column"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-board-chooser.h"
#include "ch-board-column.h"
#include "ch-idea-card.h"

struct _ChBoardColumn
{
  GtkWidget          parent_instance;

  /* Outlives its columns. */
  ChBoardPage       *page;
  /* NULL for Unsorted. */
  ChCluster         *cluster;
  /* All the cluster's ideas, and those shown (the session's). */
  GListModel        *all;
  GListModel        *ideas;
  GtkMultiSelection *selection;
  const char        *color_class;
  gboolean           attached;

  /* Made when first needed, children of the header. */
  GtkPopover        *rename_popover;
  GtkEditable       *rename_entry;
  GtkPopover        *color_popover;
  ChBoardChooser    *merge_chooser;

  /* Template widgets */
  GtkWidget         *header;
  GtkLabel          *name_label;
  GtkLabel          *count_label;
  GtkMenuButton     *menu_button;
  GtkLabel          *rank_label;
  GtkLabel          *empty_label;
  GtkListView       *list_view;
  GMenuModel        *column_menu;
};

G_DEFINE_FINAL_TYPE (ChBoardColumn, ch_board_column, GTK_TYPE_WIDGET)

static const struct
{
  const char *color;
  const char *name;
} palette[] = {
  { "#f6d32d", N_("Yellow") },
  { "#99c1f1", N_("Blue") },
  { "#8ff0a4", N_("Green") },
  { "#ffbe6f", N_("Orange") },
  { "#dc8add", N_("Purple") },
  { "#f66151", N_("Red") },
  { "#cdab8f", N_("Brown") },
  { "#deddda", N_("Grey") },
};

/* The colours given a class, "rrggbb" → the class (both owned). */
static GHashTable     *color_classes;
static GtkCssProvider *color_provider;
static gboolean        colors_changed;

/**
 * ch_board_color_class:
 * @color: (nullable): "#rrggbb" or "#rgb"
 *
 * Returns: (nullable): the class that gives a column the colour, as long
 *   as the program runs; its style is there after ch_board_colors_flush()
 */
const char *
ch_board_color_class (const char *color)
{
  char hex[7];
  const char *found;

  if (color == NULL || color[0] != '#')
    return NULL;

  switch (strlen (color))
    {
    case 7:
      for (guint i = 0; i < 6; i++)
        hex[i] = g_ascii_tolower (color[i + 1]);
      break;

    case 4:
      for (guint i = 0; i < 3; i++)
        hex[2 * i] = hex[2 * i + 1] = g_ascii_tolower (color[i + 1]);
      break;

    default:
      return NULL;
    }
  hex[6] = '\0';

  for (guint i = 0; i < 6; i++)
    if (!g_ascii_isxdigit (hex[i]))
      return NULL;

  if (color_classes == NULL)
    color_classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  found = g_hash_table_lookup (color_classes, hex);
  if (found == NULL)
    {
      char *class_name = g_strconcat ("board-color-", hex, NULL);

      g_hash_table_insert (color_classes, g_strdup (hex), class_name);
      colors_changed = TRUE;
      found = class_name;
    }

  return found;
}

/**
 * ch_board_colors_flush:
 *
 * Loads the style of the colours given a class since the last time.
 */
void
ch_board_colors_flush (void)
{
  g_autoptr(GString) css = NULL;
  GHashTableIter iter;
  gpointer hex, class_name;
  GdkDisplay *display = gdk_display_get_default ();

  if (!colors_changed || display == NULL)
    return;

  colors_changed = FALSE;
  if (color_provider == NULL)
    {
      color_provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (color_provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  /* The strip and the swatch in the colour, the cards tinted with it:
   * mixed with the view's background, they stay readable in the dark. */
  css = g_string_new (NULL);
  g_hash_table_iter_init (&iter, color_classes);
  while (g_hash_table_iter_next (&iter, &hex, &class_name))
    g_string_append_printf (css,
                            ".%1$s .board-column-strip, .board-swatch.%1$s "
                            "{ background-color: #%2$s; }\n"
                            ".%1$s .idea-card "
                            "{ background-color: mix(#%2$s, @view_bg_color, 0.6); }\n",
                            (const char *) class_name, (const char *) hex);

  gtk_css_provider_load_from_data (color_provider, css->str, css->len);
}

const char *
ch_board_palette_color (guint index)
{
  return palette[index % G_N_ELEMENTS (palette)].color;
}

static ChProject *
get_project (ChBoardColumn *self)
{
  return ch_board_page_get_project (self->page);
}

static char *
dup_name (ChBoardColumn *self)
{
  const char *name;

  if (self->cluster == NULL)
    /* Translators: the column of the board that holds the ideas in no cluster */
    return g_strdup (_("Unsorted"));

  name = ch_cluster_get_name (self->cluster);
  if (name == NULL || *name == '\0')
    /* Translators: a cluster whose name is empty */
    return g_strdup (_("Unnamed cluster"));

  return g_strdup (name);
}

static void
update_color (ChBoardColumn *self)
{
  const char *color_class = NULL;

  if (self->cluster != NULL)
    color_class = ch_board_color_class (ch_cluster_get_color (self->cluster));

  if (color_class == self->color_class)
    return;

  if (self->color_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->color_class);
  self->color_class = color_class;
  if (color_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), color_class);
}

/* The name, the count, and what a screen reader says of the column:
 * "Cluster Payment friction, 12 ideas". */
static void
update_header (ChBoardColumn *self)
{
  guint n_items = g_list_model_get_n_items (self->ideas);
  guint n_all = g_list_model_get_n_items (self->all);
  const ChRank *rank = NULL;
  g_autofree char *name = dup_name (self);
  g_autofree char *count = NULL;
  g_autofree char *label = NULL;
  g_autofree char *rank_text = NULL;

  if (n_items == n_all)
    /* Translators: how many ideas a column of the board holds */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea", "%u ideas", n_items),
                             n_items);
  else
    /* Translators: how many ideas a column of the board shows, of one
     * session, and holds: "3 of 12 ideas" */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u idea", "%u of %u ideas",
                                          n_all),
                             n_items, n_all);
  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n_items == 0);

  if (self->cluster != NULL)
    rank = ch_board_page_lookup_rank (self->page, CH_ENTITY (self->cluster));

  if (rank != NULL && rank->dots > 0)
    {
      /* Translators: a cluster's place in the ranking after a voting
       * round, and the dots of its ideas: "#2 · 14 dots" */
      rank_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "#%u · %d dot", "#%u · %d dots",
                                                rank->dots),
                                   rank->rank, rank->dots);
      gtk_label_set_label (self->rank_label, rank_text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->rank_label), rank_text != NULL);

  if (self->cluster == NULL)
    /* Translators: a column of the board, read by a screen reader; %s is
     * how many ideas it holds, "12 ideas" */
    label = g_strdup_printf (_("Unsorted, %s"), count);
  else
    /* Translators: a column of the board, read by a screen reader; the
     * first %s is the cluster's name, the second how many ideas it holds */
    label = g_strdup_printf (_("Cluster %s, %s"), name, count);

  if (rank_text != NULL)
    {
      char *ranked = g_strdup_printf ("%s, %s", label, rank_text);

      g_free (label);
      label = ranked;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->header),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  g_free (label);
  /* Translators: the list of cards of a column, read by a screen reader;
   * %s is the cluster's name */
  label = g_strdup_printf (_("Cards in %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static guint
find_idea (ChBoardColumn *self,
           ChIdea        *idea)
{
  guint n_items = g_list_model_get_n_items (self->ideas);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ChIdea) item = g_list_model_get_item (self->ideas, i);

      if (item == idea)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The card (in the list view) that shows @idea, or NULL. */
static GtkWidget *
find_row (ChBoardColumn *self,
          ChIdea        *idea)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *card = gtk_widget_get_first_child (row);

      if (CH_IS_IDEA_CARD (card) && ch_idea_card_get_idea (CH_IDEA_CARD (card)) == idea)
        return row;
    }

  return NULL;
}

/* The row of the list view that holds @widget, or NULL. */
static GtkWidget *
find_row_of (ChBoardColumn *self,
             GtkWidget     *widget)
{
  while (widget != NULL && gtk_widget_get_parent (widget) != GTK_WIDGET (self->list_view))
    widget = gtk_widget_get_parent (widget);

  return widget;
}

static ChIdea *
get_row_idea (GtkWidget *row)
{
  GtkWidget *card = row != NULL ? gtk_widget_get_first_child (row) : NULL;

  return CH_IS_IDEA_CARD (card) ? ch_idea_card_get_idea (CH_IDEA_CARD (card)) : NULL;
}

/* The index among all the column's ideas of the one shown at @index, or
 * of the place after the last one shown (@index at the end), or -1 for
 * the end of the column. */
static int
to_all_index (ChBoardColumn *self,
              int            index)
{
  guint n_items = g_list_model_get_n_items (self->ideas);
  guint n_all = g_list_model_get_n_items (self->all);
  g_autoptr(ChIdea) anchor = NULL;
  gboolean after = FALSE;

  if (index < 0 || n_items == n_all)
    return index;

  if ((guint) index < n_items)
    anchor = g_list_model_get_item (self->ideas, index);
  else if (n_items > 0)
    {
      anchor = g_list_model_get_item (self->ideas, n_items - 1);
      after = TRUE;
    }
  else
    return -1;

  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (self->all, i);

      if (idea == anchor)
        return (int) i + after;
    }

  return -1;
}

static void
commit_rename (ChBoardColumn *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (self->cluster == NULL || get_project (self) == NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (self->rename_entry)));
  gtk_popover_popdown (self->rename_popover);
  gtk_widget_grab_focus (self->header);

  if (*name == '\0' || g_strcmp0 (name, ch_cluster_get_name (self->cluster)) == 0)
    return;

  if (!ch_project_update (get_project (self), CH_ENTITY (self->cluster), &error,
                          "name", name, NULL))
    ch_board_page_report (self->page, error);
}

static void
rename_activated_cb (ChBoardColumn *self)
{
  commit_rename (self);
}

static void
ensure_rename_popover (ChBoardColumn *self)
{
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *entry;
  GtkWidget *button;

  if (self->rename_popover != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* Translators: the title of the popover that renames a cluster */
  label = gtk_label_new_with_mnemonic (_("Cluster _Name"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  entry = gtk_entry_new ();
  g_signal_connect_object (entry, "activate", G_CALLBACK (rename_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  button = gtk_button_new_with_mnemonic (_("_Rename"));
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_object (button, "clicked", G_CALLBACK (rename_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), button);

  self->rename_popover = GTK_POPOVER (gtk_popover_new ());
  self->rename_entry = GTK_EDITABLE (entry);
  gtk_popover_set_child (self->rename_popover, box);
  gtk_popover_set_default_widget (self->rename_popover, button);
  gtk_popover_set_position (self->rename_popover, GTK_POS_BOTTOM);
  gtk_widget_set_parent (GTK_WIDGET (self->rename_popover), self->header);
}

static void
color_clicked_cb (GtkButton     *button,
                  ChBoardColumn *self)
{
  g_autoptr(GError) error = NULL;
  const char *color = g_object_get_data (G_OBJECT (button), "color");

  gtk_popover_popdown (self->color_popover);
  gtk_widget_grab_focus (self->header);

  if (self->cluster == NULL || get_project (self) == NULL ||
      g_strcmp0 (color, ch_cluster_get_color (self->cluster)) == 0)
    return;

  if (!ch_project_update (get_project (self), CH_ENTITY (self->cluster), &error,
                          "color", color, NULL))
    ch_board_page_report (self->page, error);
}

/* The swatch of the cluster's colour is pressed, and shows a check. */
static void
show_current_color (ChBoardColumn *self)
{
  GtkWidget *grid = gtk_widget_get_last_child (gtk_popover_get_child (self->color_popover));
  const char *current = ch_board_color_class (ch_cluster_get_color (self->cluster));

  for (GtkWidget *button = gtk_widget_get_first_child (grid);
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      const char *color = g_object_get_data (G_OBJECT (button), "color");
      gboolean active = current != NULL && ch_board_color_class (color) == current;

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), active);
      if (active)
        gtk_button_set_icon_name (GTK_BUTTON (button), "object-select-symbolic");
      else
        gtk_button_set_child (GTK_BUTTON (button), NULL);
    }
}

static void
ensure_color_popover (ChBoardColumn *self)
{
  GtkWidget *box;
  GtkWidget *grid;
  GtkWidget *label;
  GtkWidget *previous = NULL;

  if (self->color_popover != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* Translators: the title of the popover that chooses a cluster's colour */
  label = gtk_label_new (_("Cluster Colour"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      const char *name = _(palette[i].name);

      gtk_widget_add_css_class (button, "board-swatch");
      gtk_widget_add_css_class (button, ch_board_color_class (palette[i].color));
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      g_object_set_data (G_OBJECT (button), "color", (gpointer) palette[i].color);
      g_signal_connect_object (button, "clicked", G_CALLBACK (color_clicked_cb), self, 0);
      gtk_grid_attach (GTK_GRID (grid), button, i % 4, i / 4, 1, 1);
      if (previous != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (previous));
      previous = button;
    }
  ch_board_colors_flush ();
  gtk_box_append (GTK_BOX (box), grid);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (grid),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);

  self->color_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->color_popover, box);
  gtk_popover_set_position (self->color_popover, GTK_POS_BOTTOM);
  gtk_widget_set_parent (GTK_WIDGET (self->color_popover), self->header);
}

static void
merge_chosen_cb (ChBoardColumn  *self,
                 ChCluster      *into,
                 ChBoardChooser *chooser)
{
  g_autoptr(ChBoardColumn) keep = g_object_ref (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *from_name = dup_name (self);
  g_autofree char *text = NULL;

  gtk_popover_popdown (GTK_POPOVER (chooser));

  if (self->cluster == NULL || into == NULL || get_project (self) == NULL)
    return;

  if (!ch_project_merge_clusters (get_project (self), self->cluster, into, &error))
    {
      ch_board_page_report (self->page, error);
      return;
    }

  /* Translators: a toast; the first %s is the cluster that went, the
   * second the one that took its ideas */
  text = g_strdup_printf (_("Merged “%s” into “%s”"),
                          from_name, ch_cluster_get_name (into));
  ch_board_page_add_toast (self->page, text, TRUE);
}

static void
idea_items_changed_cb (ChBoardColumn *self,
                       guint          position,
                       guint          removed,
                       guint          added,
                       GListModel    *ideas)
{
  if (removed != added)
    update_header (self);
}

static void
selection_changed_cb (ChBoardColumn     *self,
                      guint              position,
                      guint              n_items,
                      GtkSelectionModel *selection)
{
  ch_board_page_column_selected (self->page, self);
}

static void
cluster_notify_cb (ChBoardColumn *self,
                   GParamSpec    *pspec,
                   ChCluster     *cluster)
{
  if (g_str_equal (pspec->name, "name"))
    update_header (self);
  else if (g_str_equal (pspec->name, "color"))
    {
      update_color (self);
      ch_board_colors_flush ();
    }
  else if (g_str_equal (pspec->name, "position"))
    ch_board_page_queue_order (self->page);
}

static void
focus_entered_cb (ChBoardColumn           *self,
                  GtkEventControllerFocus *controller)
{
  ch_board_page_column_focused (self->page, self);
}

/* Where a drop at (@x, @y) puts the cards: before the card under it, or
 * after it when below its middle; at the top when on the header, at the
 * end under the last card. */
static int
find_drop_index (ChBoardColumn *self,
                 double         x,
                 double         y)
{
  graphene_point_t point;
  graphene_rect_t bounds;
  GtkWidget *picked;
  GtkWidget *row;
  ChIdea *idea;
  guint index;

  if (gtk_widget_compute_bounds (self->header, GTK_WIDGET (self), &bounds) &&
      y < bounds.origin.y + bounds.size.height)
    return 0;

  if (!self->attached ||
      !gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (self->list_view),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return -1;

  picked = gtk_widget_pick (GTK_WIDGET (self->list_view), point.x, point.y, GTK_PICK_DEFAULT);
  row = find_row_of (self, picked);
  idea = get_row_idea (row);
  if (idea == NULL || (index = find_idea (self, idea)) == GTK_INVALID_LIST_POSITION)
    return -1;

  if (gtk_widget_compute_bounds (row, GTK_WIDGET (self->list_view), &bounds) &&
      point.y > bounds.origin.y + bounds.size.height / 2)
    index++;

  return index;
}

static gboolean
drop_cb (ChBoardColumn *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  g_autoptr(ChBoardColumn) keep = g_object_ref (self);

  return ch_board_page_drop (self->page, value, self->cluster, FALSE,
                             to_all_index (self, find_drop_index (self, x, y)));
}

static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  ChBoardColumn *self = user_data;

  gtk_menu_button_set_menu_model (button, self->column_menu);
}

static void
setup_card_cb (ChBoardColumn *self,
               GtkListItem   *list_item)
{
  gtk_list_item_set_child (list_item, ch_idea_card_new (self->page, self));
}

static void
bind_card_cb (ChBoardColumn *self,
              GtkListItem   *list_item)
{
  ch_idea_card_set_idea (CH_IDEA_CARD (gtk_list_item_get_child (list_item)),
                         gtk_list_item_get_item (list_item));
}

static void
unbind_card_cb (ChBoardColumn *self,
                GtkListItem   *list_item)
{
  ch_idea_card_set_idea (CH_IDEA_CARD (gtk_list_item_get_child (list_item)), NULL);
}

static void
rename_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ch_board_column_start_rename (CH_BOARD_COLUMN (widget));
}

static void
recolor_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ChBoardColumn *self = CH_BOARD_COLUMN (widget);

  if (self->cluster == NULL)
    return;

  ensure_color_popover (self);
  show_current_color (self);
  gtk_popover_popup (self->color_popover);
}

static void
merge_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ChBoardColumn *self = CH_BOARD_COLUMN (widget);

  if (self->cluster == NULL || get_project (self) == NULL)
    return;

  if (self->merge_chooser == NULL)
    {
      self->merge_chooser = ch_board_chooser_new ();
      /* Translators: the title of the list of clusters to merge one into */
      ch_board_chooser_set_title (self->merge_chooser, _("Merge Into"));
      g_signal_connect_object (self->merge_chooser, "chosen", G_CALLBACK (merge_chosen_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_widget_set_parent (GTK_WIDGET (self->merge_chooser), self->header);
    }

  ch_board_chooser_set_targets (self->merge_chooser, get_project (self), FALSE, self->cluster);
  gtk_popover_popup (GTK_POPOVER (self->merge_chooser));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ChBoardColumn *self = CH_BOARD_COLUMN (widget);
  g_autoptr(ChBoardColumn) keep = g_object_ref (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_name (self);
  g_autofree char *text = NULL;
  ChBoardPage *page = self->page;

  if (self->cluster == NULL || get_project (self) == NULL)
    return;

  if (!ch_project_remove (get_project (self), CH_ENTITY (self->cluster), &error))
    {
      ch_board_page_report (page, error);
      return;
    }

  /* Translators: a toast after deleting a cluster; %s is its name */
  text = g_strdup_printf (_("Cluster “%s” deleted: its ideas are in Unsorted"), name);
  ch_board_page_add_toast (page, text, TRUE);
}

static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ChBoardColumn *self = CH_BOARD_COLUMN (widget);
  g_autoptr(GPtrArray) clusters = NULL;
  g_autoptr(GError) error = NULL;
  ChProject *project = get_project (self);
  gboolean left = g_str_equal (action_name, "column.move-left");
  guint index;

  if (self->cluster == NULL || project == NULL)
    return;

  clusters = ch_project_list_clusters (project);
  if (!g_ptr_array_find (clusters, self->cluster, &index) ||
      (left && index == 0) || (!left && index + 1 >= clusters->len))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  if (!ch_project_move_cluster (project, self->cluster, left ? index - 1 : index + 1, &error))
    ch_board_page_report (self->page, error);
}

static void
move_card_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ChBoardColumn *self = CH_BOARD_COLUMN (widget);
  g_autoptr(GError) error = NULL;
  ChProject *project = get_project (self);
  ChIdea *idea = ch_board_column_get_focus_idea (self);
  gboolean up = g_str_equal (action_name, "column.move-card-up");
  GtkWidget *row;
  guint index;

  if (project == NULL || idea == NULL ||
      (index = find_idea (self, idea)) == GTK_INVALID_LIST_POSITION)
    return;

  if ((up && index == 0) || (!up && index + 1 >= g_list_model_get_n_items (self->ideas)))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  /* To the place of the card it passes, which may be some way off when
   * the column shows one session's. */
  g_object_ref (idea);
  if (!ch_project_reorder_idea (project, idea, to_all_index (self, up ? index - 1 : index + 1),
                                &error))
    ch_board_page_report (self->page, error);

  /* The card stays selected and focused where it went. */
  ch_board_column_select_ideas (self, &idea, 1);
  if ((row = find_row (self, idea)) != NULL)
    gtk_widget_grab_focus (row);
  g_object_unref (idea);
}

static void
menu_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ChBoardColumn *self = CH_BOARD_COLUMN (widget);

  if (self->cluster != NULL)
    gtk_menu_button_popup (self->menu_button);
}

static void
ch_board_column_dispose (GObject *object)
{
  ChBoardColumn *self = CH_BOARD_COLUMN (object);
  GtkWidget *child;

  if (self->cluster != NULL)
    g_signal_handlers_disconnect_by_data (self->cluster, self);
  if (self->ideas != NULL)
    g_signal_handlers_disconnect_by_data (self->ideas, self);
  if (self->all != NULL)
    g_signal_handlers_disconnect_by_data (self->all, self);

  g_clear_pointer ((GtkWidget **) &self->rename_popover, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->color_popover, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->merge_chooser, gtk_widget_unparent);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_BOARD_COLUMN);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->ideas);
  g_clear_object (&self->all);
  g_clear_object (&self->cluster);

  G_OBJECT_CLASS (ch_board_column_parent_class)->dispose (object);
}

static void
ch_board_column_class_init (ChBoardColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_board_column_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-board-column.ui");
  gtk_widget_class_bind_template_child (widget_class, ChBoardColumn, header);
  gtk_widget_class_bind_template_child (widget_class, ChBoardColumn, name_label);
  gtk_widget_class_bind_template_child (widget_class, ChBoardColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, ChBoardColumn, menu_button);
  gtk_widget_class_bind_template_child (widget_class, ChBoardColumn, rank_label);
  gtk_widget_class_bind_template_child (widget_class, ChBoardColumn, empty_label);
  gtk_widget_class_bind_template_child (widget_class, ChBoardColumn, list_view);
  gtk_widget_class_bind_template_child (widget_class, ChBoardColumn, column_menu);
  gtk_widget_class_bind_template_callback (widget_class, setup_card_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_card_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_card_cb);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "column.rename", NULL, rename_activated);
  gtk_widget_class_install_action (widget_class, "column.recolor", NULL, recolor_activated);
  gtk_widget_class_install_action (widget_class, "column.merge", NULL, merge_activated);
  gtk_widget_class_install_action (widget_class, "column.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "column.move-left", NULL, move_activated);
  gtk_widget_class_install_action (widget_class, "column.move-right", NULL, move_activated);
  gtk_widget_class_install_action (widget_class, "column.move-card-up", NULL,
                                   move_card_activated);
  gtk_widget_class_install_action (widget_class, "column.move-card-down", NULL,
                                   move_card_activated);
  gtk_widget_class_install_action (widget_class, "column.menu", NULL, menu_activated);

  /* The keypad's first: a menu shows the last key of an action. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK,
                                       "column.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK,
                                       "column.move-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK,
                                       "column.move-card-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK,
                                       "column.move-card-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "column.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "column.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "column.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "column.move-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "column.move-card-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "column.move-card-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "column.menu", NULL);
}

static void
ch_board_column_init (ChBoardColumn *self)
{
  GtkEventController *focus;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_size_request (GTK_WIDGET (self), CH_BOARD_COLUMN_WIDTH, -1);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "enter", G_CALLBACK (focus_entered_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  target = gtk_drop_target_new (CH_TYPE_DRAGGED_IDEAS, GDK_ACTION_MOVE);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/**
 * ch_board_column_new:
 * @page: the page the column is on, which outlives it
 * @cluster: (nullable): the cluster, or %NULL for Unsorted
 */
ChBoardColumn *
ch_board_column_new (ChBoardPage *page,
                     ChCluster   *cluster)
{
  ChBoardColumn *self;
  ChProject *project = ch_board_page_get_project (page);
  GtkFilter *filter;

  g_return_val_if_fail (CH_IS_BOARD_PAGE (page), NULL);
  g_return_val_if_fail (cluster == NULL || CH_IS_CLUSTER (cluster), NULL);
  g_return_val_if_fail (project != NULL, NULL);

  self = g_object_new (CH_TYPE_BOARD_COLUMN, NULL);
  self->page = page;
  self->cluster = cluster != NULL ? g_object_ref (cluster) : NULL;
  self->all = g_object_ref (ch_project_get_cluster_ideas (project, cluster));
  filter = g_object_ref (ch_board_page_get_session_filter (page));
  self->ideas = G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (self->all), filter));
  self->selection = gtk_multi_selection_new (g_object_ref (self->ideas));

  g_signal_connect_object (self->ideas, "items-changed", G_CALLBACK (idea_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->all, "items-changed", G_CALLBACK (idea_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);

  if (cluster != NULL)
    g_signal_connect_object (cluster, "notify", G_CALLBACK (cluster_notify_cb), self,
                             G_CONNECT_SWAPPED);
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "unsorted");
      gtk_widget_set_visible (GTK_WIDGET (self->menu_button), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.rename", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.recolor", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.merge", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.delete", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.move-left", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.move-right", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.menu", FALSE);
    }

  update_color (self);
  update_header (self);

  return self;
}

/**
 * ch_board_column_get_cluster:
 *
 * Returns: (transfer none) (nullable): the cluster, or %NULL for Unsorted
 */
ChCluster *
ch_board_column_get_cluster (ChBoardColumn *self)
{
  g_return_val_if_fail (CH_IS_BOARD_COLUMN (self), NULL);

  return self->cluster;
}

/**
 * ch_board_column_get_ideas:
 *
 * Returns: (transfer none): the column's ideas shown (those of the
 *   session the page shows), in their order
 */
GListModel *
ch_board_column_get_ideas (ChBoardColumn *self)
{
  g_return_val_if_fail (CH_IS_BOARD_COLUMN (self), NULL);

  return self->ideas;
}

/**
 * ch_board_column_get_selection:
 *
 * Returns: (transfer none): the column's selection, kept while its
 *   cards are not shown
 */
GtkSelectionModel *
ch_board_column_get_selection (ChBoardColumn *self)
{
  g_return_val_if_fail (CH_IS_BOARD_COLUMN (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * ch_board_column_list_selected:
 *
 * Returns: (transfer full) (element-type ChIdea): the selected ideas, in
 *   their order in the column
 */
GPtrArray *
ch_board_column_list_selected (ChBoardColumn *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  GPtrArray *ideas;
  guint position;

  g_return_val_if_fail (CH_IS_BOARD_COLUMN (self), NULL);

  ideas = g_ptr_array_new_with_free_func (g_object_unref);
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (ideas, g_list_model_get_item (self->ideas, position));

  return ideas;
}

/**
 * ch_board_column_select_ideas:
 * @ideas: (array length=n_ideas): ideas of the column
 *
 * Selects @ideas, and only them.
 */
void
ch_board_column_select_ideas (ChBoardColumn  *self,
                              ChIdea        **ideas,
                              guint           n_ideas)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = NULL;
  guint n_items;

  g_return_if_fail (CH_IS_BOARD_COLUMN (self));

  for (guint i = 0; i < n_ideas; i++)
    g_hash_table_add (wanted, ideas[i]);

  n_items = g_list_model_get_n_items (self->ideas);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ChIdea) idea = g_list_model_get_item (self->ideas, i);

      if (g_hash_table_contains (wanted, idea))
        gtk_bitset_add (selected, i);
    }

  mask = gtk_bitset_new_range (0, n_items);
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
}

void
ch_board_column_unselect_all (ChBoardColumn *self)
{
  g_return_if_fail (CH_IS_BOARD_COLUMN (self));

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

/**
 * ch_board_column_get_focus_idea:
 *
 * Returns: (transfer none) (nullable): the idea of the card with the
 *   keyboard focus, or else the first one selected
 */
ChIdea *
ch_board_column_get_focus_idea (ChBoardColumn *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(ChIdea) idea = NULL;
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (CH_IS_BOARD_COLUMN (self), NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    {
      ChIdea *focused = get_row_idea (find_row_of (self, focus));

      if (focused != NULL)
        return focused;
    }

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_is_empty (selected))
    return NULL;

  /* The column holds a reference to its ideas. */
  idea = g_list_model_get_item (self->ideas, gtk_bitset_get_minimum (selected));

  return idea;
}

gboolean
ch_board_column_get_attached (ChBoardColumn *self)
{
  g_return_val_if_fail (CH_IS_BOARD_COLUMN (self), FALSE);

  return self->attached;
}

/**
 * ch_board_column_set_attached:
 *
 * Shows the column's cards, or takes them away (its selection stays).
 */
void
ch_board_column_set_attached (ChBoardColumn *self,
                              gboolean       attached)
{
  g_return_if_fail (CH_IS_BOARD_COLUMN (self));

  attached = !!attached;
  if (self->attached == attached)
    return;

  self->attached = attached;
  gtk_list_view_set_model (self->list_view,
                           attached ? GTK_SELECTION_MODEL (self->selection) : NULL);
}

/**
 * ch_board_column_update:
 *
 * Shows the header again, and the cards: after a change of the voting
 * round or of the participant whose dots are recorded.
 */
void
ch_board_column_update (ChBoardColumn *self)
{
  g_return_if_fail (CH_IS_BOARD_COLUMN (self));

  update_header (self);
  ch_board_column_update_cards (self);
}

void
ch_board_column_update_cards (ChBoardColumn *self)
{
  g_return_if_fail (CH_IS_BOARD_COLUMN (self));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *card = gtk_widget_get_first_child (row);

      if (CH_IS_IDEA_CARD (card))
        ch_idea_card_update (CH_IDEA_CARD (card));
    }
}

/**
 * ch_board_column_start_rename:
 *
 * Asks for the cluster's new name, in a popover under its header.
 */
void
ch_board_column_start_rename (ChBoardColumn *self)
{
  g_return_if_fail (CH_IS_BOARD_COLUMN (self));

  if (self->cluster == NULL)
    return;

  ensure_rename_popover (self);
  gtk_editable_set_text (self->rename_entry, ch_cluster_get_name (self->cluster));
  gtk_popover_popup (self->rename_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->rename_entry));
  gtk_editable_select_region (self->rename_entry, 0, -1);
}

/**
 * ch_board_column_focus:
 *
 * Puts the keyboard focus on the column's header.
 */
void
ch_board_column_focus (ChBoardColumn *self)
{
  g_return_if_fail (CH_IS_BOARD_COLUMN (self));

  gtk_widget_grab_focus (self->header);
}
