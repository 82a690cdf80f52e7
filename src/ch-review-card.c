/* ch-review-card.c: one cluster of the review
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The card shows one place of the ranking (a ChReviewRank) and follows
 * it: its rank and dots, its cluster's name, colour and summary, its top
 * ideas and the personas they serve. The summary is the one thing edited
 * here: each change of its text is committed through the project at
 * once, which makes one undo step of a run of typing, as in the editor
 * panes. The rows of the ideas are made by the review page, which keeps
 * what is selected.
 *
 * The ideas in no cluster that have dots (Unsorted) have a card too,
 * without rank, summary or personas.
 */

#define G_LOG_DOMAIN "ch-review-card"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-editor-fields.h"
#include "ch-review-card.h"
#include "ch-window.h"

struct _ChReviewCard
{
  GtkListBoxRow   parent_instance;

  ChProject      *project;
  ChReviewRank   *rank;
  /* The personas shown, whose names and colours are followed. */
  GPtrArray      *watched;
  /* Set while the summary is brought to the cluster's. */
  gboolean        syncing;

  /* Template widgets */
  GtkLabel       *rank_label;
  GtkDrawingArea *color_dot;
  GtkLabel       *name_label;
  GtkLabel       *detail_label;
  GtkLabel       *dots_label;
  GtkWidget      *summary_box;
  GtkTextView    *summary_view;
  GtkWidget      *personas_box;
  GtkLabel       *personas_label;
  GtkLabel       *ideas_heading;
  GtkStack       *ideas_stack;
  GtkListBox     *idea_list;
  GtkLabel       *more_label;
};

G_DEFINE_FINAL_TYPE (ChReviewCard, ch_review_card, GTK_TYPE_LIST_BOX_ROW)

/* A dot of the colour a cluster or a persona has, set as "ch-color" on
 * the drawing area; an outline when it has none. */
static void
draw_color_dot (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  const char *color = g_object_get_data (G_OBJECT (area), "ch-color");
  double radius = MIN (width, height) / 2.0 - 1;
  GdkRGBA rgba;

  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);

  if (color != NULL && gdk_rgba_parse (&rgba, color))
    {
      gdk_cairo_set_source_rgba (cr, &rgba);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.15);
    }
  else
    {
      gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &rgba);
      rgba.alpha *= 0.4;
      gdk_cairo_set_source_rgba (cr, &rgba);
    }

  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
set_dot_color (GtkDrawingArea *area,
               const char     *color)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (area), "ch-color"), color) == 0)
    return;

  g_object_set_data_full (G_OBJECT (area), "ch-color", g_strdup (color), g_free);
  gtk_widget_queue_draw (GTK_WIDGET (area));
}

/* The personas served, each as a dot of its colour and its name, on
 * lines that wrap; a screen reader reads the names. */
static void
update_personas (ChReviewCard *self)
{
  GListModel *personas = ch_review_rank_get_personas (self->rank);
  guint n_personas = g_list_model_get_n_items (personas);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *label = NULL;

  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i),
                                          update_personas, self);
  g_ptr_array_set_size (self->watched, 0);

  for (guint i = 0; i < n_personas; i++)
    {
      g_autoptr(ChPersona) persona = g_list_model_get_item (personas, i);
      const char *color = ch_persona_get_color (persona);
      g_autofree char *name = g_markup_escape_text (ch_persona_get_name (persona), -1);
      g_autofree char *hex = NULL;
      GdkRGBA rgba;

      if (color != NULL && gdk_rgba_parse (&rgba, color))
        hex = g_strdup_printf ("#%02x%02x%02x", (int) (rgba.red * 255 + 0.5),
                               (int) (rgba.green * 255 + 0.5), (int) (rgba.blue * 255 + 0.5));

      /* No break between a dot and its name; wide spaces between chips. */
      if (i > 0)
        g_string_append (markup, " \u2003 ");
      if (hex != NULL)
        g_string_append_printf (markup, "<span foreground=\"%s\">\u25cf</span>\u00a0", hex);
      else
        g_string_append (markup, "\u25cb\u00a0");
      g_string_append (markup, name);

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", ch_persona_get_name (persona));

      g_signal_connect_object (persona, "notify", G_CALLBACK (update_personas), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->watched, g_object_ref (persona));
    }

  gtk_label_set_markup (self->personas_label, markup->str);
  /* Translators: the personas a cluster's ideas serve, as a screen reader
   * says them; %s is their names, separated by commas */
  label = g_strdup_printf (_("Personas served: %s"), names->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->personas_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  gtk_widget_set_visible (self->personas_box,
                          ch_review_rank_get_cluster (self->rank) != NULL && n_personas > 0);
}

static void
update_ideas (ChReviewCard *self)
{
  guint n_shown = g_list_model_get_n_items (ch_review_rank_get_ideas (self->rank));
  guint n_ideas = ch_review_rank_get_n_ideas (self->rank);
  g_autofree char *more = NULL;

  gtk_stack_set_visible_child_name (self->ideas_stack, n_shown > 0 ? "ideas" : "none");

  if (ch_review_rank_get_cluster (self->rank) == NULL)
    gtk_label_set_label (self->ideas_heading, _("Ideas with Dots"));
  else if (n_shown < n_ideas)
    gtk_label_set_label (self->ideas_heading, _("Top Ideas"));
  else
    gtk_label_set_label (self->ideas_heading, _("Ideas"));

  if (n_shown < n_ideas)
    more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u more idea, with fewer dots",
                                         "%u more ideas, with fewer dots",
                                         n_ideas - n_shown),
                            n_ideas - n_shown);
  gtk_label_set_label (self->more_label, more);
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), more != NULL);
}

/* The header: rank, colour, name, dots, and what a screen reader says
 * of the card. */
static void
update_header (ChReviewCard *self)
{
  ChCluster *cluster = ch_review_rank_get_cluster (self->rank);
  guint rank = ch_review_rank_get_rank (self->rank);
  int dots = ch_review_rank_get_dots (self->rank);
  guint n_ideas = ch_review_rank_get_n_ideas (self->rank);
  gboolean tied = ch_review_rank_get_tied (self->rank);
  g_autofree char *rank_text = g_strdup_printf ("%u", rank);
  g_autofree char *dots_text = NULL;
  g_autofree char *ideas_text = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *label = NULL;
  const char *name;

  dots_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d dot", "%d dots", dots), dots);

  if (cluster == NULL)
    {
      /* Translators: the ideas in no cluster, on the review page */
      name = _("Unsorted");
      ideas_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%u idea in no cluster has dots",
                                                 "%u ideas in no cluster have dots",
                                                 n_ideas),
                                    n_ideas);
      detail = g_strdup (ideas_text);
      /* Translators: the Unsorted card of the review, as a screen reader
       * says it: its name, its dots, its ideas */
      label = g_strdup_printf (_("%s: %s, %s"), name, dots_text, ideas_text);
    }
  else
    {
      name = ch_cluster_get_name (cluster);
      ideas_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea", "%u ideas", n_ideas),
                                    n_ideas);
      if (tied)
        /* Translators: under a cluster's name on the review page: its
         * ideas ("4 ideas") and the rank it shares with another cluster */
        detail = g_strdup_printf (_("%s · shares rank %u"), ideas_text, rank);
      else
        detail = g_strdup (ideas_text);

      if (tied)
        /* Translators: a cluster of the review as a screen reader says it:
         * its rank (shared with others), name, dots and ideas */
        label = g_strdup_printf (_("Rank %u, shared: %s, %s, %s"), rank,
                                 name, dots_text, ideas_text);
      else
        /* Translators: a cluster of the review as a screen reader says it:
         * its rank, name, dots and ideas */
        label = g_strdup_printf (_("Rank %u: %s, %s, %s"), rank, name, dots_text, ideas_text);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->rank_label), cluster != NULL);
  gtk_label_set_label (self->rank_label, rank_text);
  if (tied)
    gtk_widget_add_css_class (GTK_WIDGET (self->rank_label), "tied");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->rank_label), "tied");

  set_dot_color (self->color_dot, cluster ? ch_cluster_get_color (cluster) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->color_dot), cluster != NULL);
  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->detail_label, detail);
  gtk_label_set_label (self->dots_label, dots_text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  if (cluster != NULL)
    {
      g_autofree char *summary_label = NULL;

      /* Translators: the text field of a cluster's summary; %s is its name */
      summary_label = g_strdup_printf (_("Summary of “%s”"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, summary_label,
                                      -1);
    }
}

static void
sync_summary (ChReviewCard *self)
{
  ChCluster *cluster = ch_review_rank_get_cluster (self->rank);

  self->syncing = TRUE;
  ch_editor_set_buffer_text (self->summary_view, cluster ? ch_cluster_get_summary (cluster) : NULL);
  self->syncing = FALSE;
}

static void
cluster_notify_cb (ChReviewCard *self,
                   GParamSpec   *pspec)
{
  if (pspec->name == g_intern_static_string ("summary"))
    sync_summary (self);
  else if (pspec->name == g_intern_static_string ("name") ||
           pspec->name == g_intern_static_string ("color"))
    update_header (self);
}

static void
rank_notify_cb (ChReviewCard *self,
                GParamSpec   *pspec)
{
  update_header (self);
  update_ideas (self);
}

/* Each change of the text is committed at once; the project makes one
 * step of a run of typing. An empty summary is stored as none. */
static void
summary_changed_cb (ChReviewCard  *self,
                    GtkTextBuffer *buffer)
{
  ChCluster *cluster = ch_review_rank_get_cluster (self->rank);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->syncing || cluster == NULL || self->project == NULL)
    return;

  text = ch_editor_dup_buffer_text (buffer);
  if (g_strcmp0 (*text != '\0' ? text : NULL, ch_cluster_get_summary (cluster)) == 0)
    return;

  if (!ch_project_update (self->project, CH_ENTITY (cluster), &error,
                          "summary", *text != '\0' ? text : NULL,
                          NULL))
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      sync_summary (self);
    }
}

static void
ch_review_card_dispose (GObject *object)
{
  ChReviewCard *self = CH_REVIEW_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_REVIEW_CARD);

  for (guint i = 0; self->watched != NULL && i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i),
                                          update_personas, self);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_object (&self->rank);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (ch_review_card_parent_class)->dispose (object);
}

static void
ch_review_card_class_init (ChReviewCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_review_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-review-card.ui");
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, rank_label);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, color_dot);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, dots_label);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, summary_box);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, summary_view);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, personas_box);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, personas_label);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, ideas_heading);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, ideas_stack);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, idea_list);
  gtk_widget_class_bind_template_child (widget_class, ChReviewCard, more_label);
}

static void
ch_review_card_init (ChReviewCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_drawing_area_set_draw_func (self->color_dot, draw_color_dot, NULL, NULL);
}

/**
 * ch_review_card_new:
 * @project: the project whose cluster's summary the card edits
 * @rank: the place of the ranking shown
 * @create_idea_row: makes the row of each top idea
 */
GtkWidget *
ch_review_card_new (ChProject                  *project,
                    ChReviewRank               *rank,
                    GtkListBoxCreateWidgetFunc  create_idea_row,
                    gpointer                    user_data)
{
  ChReviewCard *self;
  ChCluster *cluster;

  g_return_val_if_fail (CH_IS_PROJECT (project), NULL);
  g_return_val_if_fail (CH_IS_REVIEW_RANK (rank), NULL);
  g_return_val_if_fail (create_idea_row != NULL, NULL);

  self = g_object_new (CH_TYPE_REVIEW_CARD, NULL);
  self->project = g_object_ref (project);
  self->rank = g_object_ref (rank);
  cluster = ch_review_rank_get_cluster (rank);

  gtk_widget_set_visible (self->summary_box, cluster != NULL);
  sync_summary (self);
  update_header (self);
  update_ideas (self);
  update_personas (self);

  gtk_list_box_bind_model (self->idea_list, ch_review_rank_get_ideas (rank),
                           create_idea_row, user_data, NULL);

  g_signal_connect_object (rank, "notify", G_CALLBACK (rank_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (ch_review_rank_get_ideas (rank), "items-changed",
                           G_CALLBACK (update_ideas), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ch_review_rank_get_personas (rank), "items-changed",
                           G_CALLBACK (update_personas), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->summary_view), "changed",
                           G_CALLBACK (summary_changed_cb), self, G_CONNECT_SWAPPED);
  if (cluster != NULL)
    g_signal_connect_object (cluster, "notify", G_CALLBACK (cluster_notify_cb), self,
                             G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * ch_review_card_get_rank:
 *
 * Returns: (transfer none): the place of the ranking shown
 */
ChReviewRank *
ch_review_card_get_rank (ChReviewCard *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_CARD (self), NULL);

  return self->rank;
}

/**
 * ch_review_card_get_idea_list:
 *
 * Returns: (transfer none): the list of the top ideas' rows
 */
GtkListBox *
ch_review_card_get_idea_list (ChReviewCard *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_CARD (self), NULL);

  return self->idea_list;
}

/**
 * ch_review_card_get_summary_view:
 *
 * Returns: (transfer none): the text view of the cluster's summary
 */
GtkTextView *
ch_review_card_get_summary_view (ChReviewCard *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_CARD (self), NULL);

  return self->summary_view;
}
