/* ch-matrix.c: the impact/effort matrix, ideas placed on a 5×5 grid
 *
 * The matrix draws the ideas whose impact and effort are both set as
 * small cards in the cell of the two values: effort from 1 (low, at the
 * left) to 5 (high, at the right), impact from 1 (low, at the bottom) to
 * 5 (high, at the top). The lines through the middle of the grid divide
 * it into the four quadrants of the workshop: quick wins (high impact,
 * low effort), big bets, fill-ins and thankless tasks.
 *
 * Dragging a card, or the arrow keys, set the idea's values through the
 * project: a drag is one step on the undo stack, and the project makes
 * one step of the presses of one arrow key in a row.
 *
 * A project may hold 100 000 ideas, most of them not placed, and there
 * is no handler on each: the matrix learns which ideas each step changed
 * (done, undone, redone or imported) from ChProject::ideas-changed, and
 * compares them with the ideas it places, kept with the cell each was
 * drawn in. An idea moved within the grid is laid out again; a title is
 * drawn again; the model is looked through again only when an idea was
 * newly placed or taken off, when the model changes, and when the matrix
 * is shown after changes made while it was not.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-matrix"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-matrix.h"
#include "ch-window.h"

#define N_STEPS      (CH_MATRIX_MAX - CH_MATRIX_MIN + 1)
#define N_CELLS      (N_STEPS * N_STEPS)
#define MIDDLE       ((CH_MATRIX_MIN + CH_MATRIX_MAX) / 2)

/* Sizes, in pixels. */
#define PADDING      12
#define AXIS_GAP     6
#define CELL_PADDING 6
#define CARD_GAP     4
#define CARD_RADIUS  6
#define TEXT_PADDING 6
#define MIN_CARD     48
#define DOT_SIZE     10
#define MIN_CELL     36

/* A card drawn in a cell, or the “+N” of the ideas that do not fit
 * there: then how many, and the one that clicking it selects. */
typedef struct
{
  ChIdea          *idea;
  graphene_rect_t  rect;
  guint            n_hidden;
} Card;

/* The colours of the style. */
typedef struct
{
  GdkRGBA fg;
  GdkRGBA accent;
  GdkRGBA accent_bg;
  GdkRGBA accent_fg;
  GdkRGBA card_bg;
  GdkRGBA success;
  GdkRGBA error;
} Colors;

struct _ChMatrix
{
  GtkWidget        parent_instance;

  ChProject       *project;
  GListModel      *model;
  ChIdea          *selected;

  guint            rebuild_source;
  /* Changed while not shown: gathered again when shown. */
  gboolean         stale;

  /* The ideas of the model with both values set, in the model's order
   * (references), and the same as a set, each with its cell_index() + 1
   * as it was laid out. */
  GPtrArray       *placed;
  GHashTable      *placed_set;

  /* Made from the above and the size when first needed (see ensure_layout()). */
  gboolean         layout_valid;
  graphene_rect_t  grid;
  int              line_height;
  gboolean         dots;
  /* Of Card, as drawn; the “+N”s have n_hidden > 0. */
  GArray          *cards;
  /* Every placed idea in reading order: from the top row to the bottom,
   * from the left; in a cell in the model's order. Borrowed. */
  GPtrArray       *order;

  /* Dragging: the idea under the pointer when the button went down. */
  ChIdea          *drag_idea;
  gboolean         dragging;
  double           drag_start_x;
  double           drag_start_y;
  double           drag_x;
  double           drag_y;
};

G_DEFINE_FINAL_TYPE (ChMatrix, ch_matrix, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_MODEL,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static inline gboolean
is_placed (ChIdea *idea)
{
  return ch_idea_get_impact (idea) >= CH_MATRIX_MIN && ch_idea_get_effort (idea) >= CH_MATRIX_MIN;
}

static inline guint
cell_index (int impact,
            int effort)
{
  return (impact - CH_MATRIX_MIN) * N_STEPS + (effort - CH_MATRIX_MIN);
}

static const char *
get_title (ChIdea *idea)
{
  const char *title = ch_idea_get_title (idea);

  return (title != NULL && title[0] != '\0') ? title : _("Untitled idea");
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              const char      *fallback,
              GdkRGBA         *color)
{
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
get_colors (ChMatrix *self,
            Colors   *colors)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &colors->fg);
  lookup_color (context, "accent_color", "#1c71d8", &colors->accent);
  lookup_color (context, "accent_bg_color", "#3584e4", &colors->accent_bg);
  lookup_color (context, "accent_fg_color", "#ffffff", &colors->accent_fg);
  lookup_color (context, "card_bg_color", "#ffffff", &colors->card_bg);
  lookup_color (context, "success_color", "#1b8553", &colors->success);
  lookup_color (context, "error_color", "#c01c28", &colors->error);
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;

  return result;
}

static PangoLayout *
create_layout (ChMatrix   *self,
               const char *text,
               gboolean    bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  return layout;
}

static int
measure_line_height (ChMatrix *self)
{
  g_autoptr(PangoLayout) layout = create_layout (self, "Ag", TRUE);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  return MAX (height, 1);
}

/* Where the grid goes in a widget of @width × @height. */
static void
compute_grid (int              width,
              int              height,
              int              line_height,
              graphene_rect_t *grid)
{
  /* At the left, the rotated “Impact →” and the numbers 1 to 5; below,
   * the numbers and “Effort →”. */
  float left = PADDING + line_height + AXIS_GAP + line_height + AXIS_GAP;
  float bottom = PADDING + line_height + AXIS_GAP + line_height + AXIS_GAP;
  float top = PADDING;
  float right = PADDING;

  graphene_rect_init (grid, left, top,
                      MAX (0, width - left - right), MAX (0, height - top - bottom));
}

static void
get_cell_bounds (const graphene_rect_t *grid,
                 int                    impact,
                 int                    effort,
                 graphene_rect_t       *bounds)
{
  float cell_width = grid->size.width / N_STEPS;
  float cell_height = grid->size.height / N_STEPS;

  graphene_rect_init (bounds,
                      grid->origin.x + (effort - CH_MATRIX_MIN) * cell_width,
                      grid->origin.y + (CH_MATRIX_MAX - impact) * cell_height,
                      cell_width, cell_height);
}

/* The cell of a point of the grid, or of the grid's edge nearest to it. */
static void
get_cell_clamped (const graphene_rect_t *grid,
                  double                 x,
                  double                 y,
                  int                   *impact,
                  int                   *effort)
{
  double column = 0;
  double row = 0;

  /* Clamped first, a truncation is a floor. */
  if (grid->size.width > 0)
    column = CLAMP ((x - grid->origin.x) / (grid->size.width / N_STEPS), 0, N_STEPS - 1);
  if (grid->size.height > 0)
    row = CLAMP ((y - grid->origin.y) / (grid->size.height / N_STEPS), 0, N_STEPS - 1);

  *effort = CH_MATRIX_MIN + (int) column;
  *impact = CH_MATRIX_MAX - (int) row;
}

static void
update_description (ChMatrix *self)
{
  g_autofree char *description = NULL;
  ChIdea *idea = self->selected;

  if (idea == NULL)
    description = g_strdup (_("No idea selected. Tab selects the next idea, "
                              "the arrow keys move the selected one."));
  else if (!is_placed (idea))
    /* Translators: %s is an idea's title */
    description = g_strdup_printf (_("“%s”: not placed"), get_title (idea));
  else
    /* Translators: the idea selected on the matrix: “Title”: impact 4,
     * effort 2, quick win */
    description = g_strdup_printf (_("“%s”: impact %d, effort %d, %s"),
                                   get_title (idea),
                                   ch_idea_get_impact (idea),
                                   ch_idea_get_effort (idea),
                                   ch_matrix_describe_position (ch_idea_get_impact (idea),
                                                                ch_idea_get_effort (idea)));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
invalidate_layout (ChMatrix *self)
{
  self->layout_valid = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gpointer
cell_of (ChIdea *idea)
{
  return GUINT_TO_POINTER (cell_index (ch_idea_get_impact (idea), ch_idea_get_effort (idea)) + 1);
}

static void
clear_placed (ChMatrix *self)
{
  g_hash_table_remove_all (self->placed_set);
  g_ptr_array_set_size (self->placed, 0);
}

/* Gathers the placed ideas of the model again. */
static void
rebuild (ChMatrix *self)
{
  gboolean seen_selected = FALSE;
  guint n_items;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  self->stale = FALSE;
  clear_placed (self);

  n_items = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      ChIdea *idea = g_list_model_get_item (self->model, i);

      if (idea == self->selected)
        seen_selected = TRUE;

      if (!is_placed (idea))
        {
          g_object_unref (idea);
          continue;
        }

      g_ptr_array_add (self->placed, idea);
      g_hash_table_insert (self->placed_set, idea, cell_of (idea));
    }

  if (self->drag_idea != NULL && !g_hash_table_contains (self->placed_set, self->drag_idea))
    {
      self->drag_idea = NULL;
      self->dragging = FALSE;
    }

  if (self->selected != NULL && !seen_selected)
    ch_matrix_set_selected (self, NULL);

  invalidate_layout (self);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  ChMatrix *self = user_data;

  self->rebuild_source = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Before drawing: the ideas that changed in one main loop iteration are
 * gathered once; while the matrix is not shown, when it is. */
static void
queue_rebuild (ChMatrix *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_cb, self, NULL);
}

static void
add_card (ChMatrix              *self,
          ChIdea                *idea,
          const graphene_rect_t *rect,
          guint                  n_hidden)
{
  Card card = { idea, *rect, n_hidden };

  g_array_append_val (self->cards, card);
}

static int
measure_more_width (ChMatrix *self,
                    guint     n_hidden)
{
  g_autofree char *text = g_strdup_printf ("+%u", n_hidden);
  g_autoptr(PangoLayout) layout = create_layout (self, text, TRUE);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);

  return width + 2 * TEXT_PADDING;
}

/* Which of @ideas a cell with room for @n_shown draws: the first ones,
 * and the selected idea always, in the last place. Returns the idea that
 * the “+N” of the others selects, so that clicking it again and again
 * goes through them all; %NULL when they all fit. */
static ChIdea *
arrange_cell (GPtrArray *ideas,
              ChIdea    *selected,
              guint      n_shown)
{
  guint index;
  ChIdea *next;

  if (n_shown >= ideas->len)
    return NULL;

  if (n_shown == 0 || selected == NULL || !g_ptr_array_find (ideas, selected, &index) ||
      index < n_shown - 1)
    return g_ptr_array_index (ideas, n_shown);

  next = g_ptr_array_index (ideas, index + 1 < ideas->len ? index + 1 : n_shown - 1);
  g_ptr_array_remove_index (ideas, index);
  g_ptr_array_insert (ideas, n_shown - 1, selected);

  return next;
}

/* Cards stacked from the top of the cell; the last row is shared with a
 * “+N” when they do not all fit. */
static void
lay_out_cards (ChMatrix              *self,
               GPtrArray             *ideas,
               const graphene_rect_t *area,
               float                  card_height)
{
  guint capacity = (guint) ((area->size.height + CARD_GAP) / (card_height + CARD_GAP));
  guint n_shown = MIN (ideas->len, MAX (capacity, 1));
  guint n_hidden = ideas->len - n_shown;
  ChIdea *next = arrange_cell (ideas, self->selected, n_shown);

  for (guint i = 0; i < n_shown; i++)
    {
      graphene_rect_t rect;

      graphene_rect_init (&rect, area->origin.x, area->origin.y + i * (card_height + CARD_GAP),
                          area->size.width, card_height);

      if (n_hidden > 0 && i == n_shown - 1)
        {
          graphene_rect_t more = rect;
          float more_width = MIN (measure_more_width (self, n_hidden), rect.size.width / 2);

          rect.size.width -= more_width + CARD_GAP;
          more.origin.x += rect.size.width + CARD_GAP;
          more.size.width = more_width;
          add_card (self, next, &more, n_hidden);
        }

      add_card (self, g_ptr_array_index (ideas, i), &rect, 0);
    }
}

/* Dots in rows, for a grid too small for cards; a “+N” takes the room
 * of two. */
static void
lay_out_dots (ChMatrix              *self,
              GPtrArray             *ideas,
              const graphene_rect_t *area)
{
  guint per_row = MAX (1, (guint) ((area->size.width + CARD_GAP) / (DOT_SIZE + CARD_GAP)));
  guint rows = MAX (1, (guint) ((area->size.height + CARD_GAP) / (DOT_SIZE + CARD_GAP)));
  guint capacity = per_row * rows;
  guint n_shown = ideas->len <= capacity ? ideas->len : capacity - MIN (capacity, 2);
  guint n_hidden = ideas->len - n_shown;
  ChIdea *next = arrange_cell (ideas, self->selected, n_shown);

  for (guint i = 0; i < n_shown; i++)
    {
      graphene_rect_t rect;

      graphene_rect_init (&rect,
                          area->origin.x + (i % per_row) * (DOT_SIZE + CARD_GAP),
                          area->origin.y + (i / per_row) * (DOT_SIZE + CARD_GAP),
                          DOT_SIZE, DOT_SIZE);
      add_card (self, g_ptr_array_index (ideas, i), &rect, 0);
    }

  if (n_hidden > 0)
    {
      graphene_rect_t more;

      graphene_rect_init (&more,
                          area->origin.x + (n_shown % per_row) * (DOT_SIZE + CARD_GAP),
                          area->origin.y + (n_shown / per_row) * (DOT_SIZE + CARD_GAP),
                          2 * DOT_SIZE + CARD_GAP, DOT_SIZE);
      add_card (self, next, &more, n_hidden);
    }
}

static void
ensure_layout (ChMatrix *self)
{
  GPtrArray *cells[N_CELLS];
  float card_height;
  float band;

  if (self->rebuild_source != 0 || self->stale)
    rebuild (self);

  if (self->layout_valid)
    return;

  self->layout_valid = TRUE;
  self->line_height = measure_line_height (self);
  compute_grid (gtk_widget_get_width (GTK_WIDGET (self)),
                gtk_widget_get_height (GTK_WIDGET (self)),
                self->line_height, &self->grid);

  for (guint i = 0; i < N_CELLS; i++)
    cells[i] = g_ptr_array_new ();

  for (guint i = 0; i < self->placed->len; i++)
    {
      ChIdea *idea = g_ptr_array_index (self->placed, i);

      g_ptr_array_add (cells[cell_index (ch_idea_get_impact (idea), ch_idea_get_effort (idea))],
                       idea);
    }

  /* The quadrants' names take a band at the top of the top row and at
   * the bottom of the bottom row, when the cells are tall enough; cards
   * become dots when they do not fit beside it. */
  card_height = self->line_height + 2 * (TEXT_PADDING - 2);
  band = self->line_height + CELL_PADDING;
  if (self->grid.size.height / N_STEPS - band - 2 * CELL_PADDING < DOT_SIZE)
    band = 0;
  self->dots = self->grid.size.width / N_STEPS - 2 * CELL_PADDING < MIN_CARD ||
               self->grid.size.height / N_STEPS - band - 2 * CELL_PADDING < card_height;

  g_array_set_size (self->cards, 0);
  g_ptr_array_set_size (self->order, 0);

  for (int impact = CH_MATRIX_MAX; impact >= CH_MATRIX_MIN; impact--)
    for (int effort = CH_MATRIX_MIN; effort <= CH_MATRIX_MAX; effort++)
      {
        GPtrArray *ideas = cells[cell_index (impact, effort)];
        graphene_rect_t area;

        if (ideas->len == 0)
          continue;

        for (guint i = 0; i < ideas->len; i++)
          g_ptr_array_add (self->order, g_ptr_array_index (ideas, i));

        get_cell_bounds (&self->grid, impact, effort, &area);
        graphene_rect_inset (&area, CELL_PADDING, CELL_PADDING);
        if (impact == CH_MATRIX_MAX)
          {
            area.origin.y += band;
            area.size.height -= band;
          }
        else if (impact == CH_MATRIX_MIN)
          area.size.height -= band;

        if (self->dots)
          lay_out_dots (self, ideas, &area);
        else
          lay_out_cards (self, ideas, &area, card_height);
      }

  for (guint i = 0; i < N_CELLS; i++)
    g_ptr_array_unref (cells[i]);
}

static const Card *
find_card_at (ChMatrix *self,
              double    x,
              double    y)
{
  graphene_point_t point = GRAPHENE_POINT_INIT (x, y);

  ensure_layout (self);

  for (guint i = self->cards->len; i > 0; i--)
    {
      const Card *card = &g_array_index (self->cards, Card, i - 1);

      if (graphene_rect_contains_point (&card->rect, &point))
        return card;
    }

  return NULL;
}

static const Card *
find_card_of (ChMatrix *self,
              ChIdea   *idea)
{
  ensure_layout (self);

  for (guint i = 0; i < self->cards->len; i++)
    {
      const Card *card = &g_array_index (self->cards, Card, i);

      if (card->idea == idea && card->n_hidden == 0)
        return card;
    }

  return NULL;
}

/* Sets the values of @idea through the project: one step to undo. */
static void
place_idea (ChMatrix *self,
            ChIdea   *idea,
            int       impact,
            int       effort)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (self->project == NULL)
    return;

  if (impact == ch_idea_get_impact (idea) && effort == ch_idea_get_effort (idea))
    return;

  /* One value alone: the project makes one step of a run of key presses. */
  if (effort == ch_idea_get_effort (idea))
    saved = ch_project_update (self->project, CH_ENTITY (idea), &error,
                               "impact", impact, NULL);
  else if (impact == ch_idea_get_impact (idea))
    saved = ch_project_update (self->project, CH_ENTITY (idea), &error,
                               "effort", effort, NULL);
  else
    saved = ch_project_update (self->project, CH_ENTITY (idea), &error,
                               "impact", impact, "effort", effort, NULL);

  if (!saved)
    ch_window_report_error (GTK_WIDGET (self), error);
}

/* Selects the idea @step places from the selected one in reading order;
 * the first (or last) when none is. */
static gboolean
select_step (ChMatrix *self,
             int       step,
             gboolean  wrap)
{
  guint n_ideas;
  guint index;
  int next;

  ensure_layout (self);

  n_ideas = self->order->len;
  if (n_ideas == 0)
    return FALSE;

  if (self->selected == NULL || !g_ptr_array_find (self->order, self->selected, &index))
    next = step > 0 ? 0 : (int) n_ideas - 1;
  else
    next = (int) index + step;

  if (next < 0 || next >= (int) n_ideas)
    {
      if (!wrap)
        return FALSE;
      next = (next + (int) n_ideas) % (int) n_ideas;
    }

  ch_matrix_set_selected (self, g_ptr_array_index (self->order, next));

  return TRUE;
}

static void
append_rounded_rect (GtkSnapshot           *snapshot,
                     const graphene_rect_t *rect,
                     float                  radius,
                     const GdkRGBA         *fill,
                     const GdkRGBA         *border,
                     float                  border_width)
{
  GskRoundedRect rounded;

  gsk_rounded_rect_init_from_rect (&rounded, rect, radius);

  if (fill != NULL)
    {
      gtk_snapshot_push_rounded_clip (snapshot, &rounded);
      gtk_snapshot_append_color (snapshot, fill, rect);
      gtk_snapshot_pop (snapshot);
    }

  if (border != NULL)
    {
      const float widths[4] = { border_width, border_width, border_width, border_width };
      const GdkRGBA colors[4] = { *border, *border, *border, *border };

      gtk_snapshot_append_border (snapshot, &rounded, widths, colors);
    }
}

/* Draws @layout with its top left corner at (@x, @y). */
static void
append_layout_at (GtkSnapshot   *snapshot,
                  PangoLayout   *layout,
                  float          x,
                  float          y,
                  const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_quadrants (ChMatrix     *self,
                    GtkSnapshot  *snapshot,
                    const Colors *colors)
{
  const graphene_rect_t *grid = &self->grid;
  float half_width = grid->size.width / 2;
  float half_height = grid->size.height / 2;
  float label_width = half_width - 2 * CELL_PADDING;
  struct {
    const char *name;
    GdkRGBA     color;
    float       tint;
    gboolean    right;
    gboolean    bottom;
  } quadrants[] = {
    { _("Quick wins"), colors->success, 0.10, FALSE, FALSE },
    { _("Big bets"), colors->accent, 0.08, TRUE, FALSE },
    { _("Fill-ins"), colors->fg, 0.03, FALSE, TRUE },
    { _("Thankless tasks"), colors->error, 0.07, TRUE, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (quadrants); i++)
    {
      g_autoptr(PangoLayout) layout = create_layout (self, quadrants[i].name, TRUE);
      graphene_rect_t rect;
      GdkRGBA tint = with_alpha (&quadrants[i].color, quadrants[i].tint);
      GdkRGBA text = with_alpha (&quadrants[i].color, 0.9);
      int height;

      graphene_rect_init (&rect,
                          grid->origin.x + (quadrants[i].right ? half_width : 0),
                          grid->origin.y + (quadrants[i].bottom ? half_height : 0),
                          half_width, half_height);
      gtk_snapshot_append_color (snapshot, &tint, &rect);

      if (label_width <= 0)
        continue;

      pango_layout_set_width (layout, (int) (label_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, quadrants[i].right ? PANGO_ALIGN_RIGHT
                                                              : PANGO_ALIGN_LEFT);
      /* In the outer corner: aligned in a layout as wide as the quadrant. */
      pango_layout_get_pixel_size (layout, NULL, &height);
      append_layout_at (snapshot, layout,
                        rect.origin.x + CELL_PADDING,
                        quadrants[i].bottom ? grid->origin.y + grid->size.height
                                              - CELL_PADDING / 2 - height
                                            : grid->origin.y + CELL_PADDING / 2,
                        &text);
    }
}

static void
snapshot_grid_lines (ChMatrix     *self,
                     GtkSnapshot  *snapshot,
                     const Colors *colors)
{
  const graphene_rect_t *grid = &self->grid;
  GdkRGBA line = with_alpha (&colors->fg, 0.12);
  GdkRGBA divider = with_alpha (&colors->fg, 0.4);

  for (int i = 0; i <= N_STEPS; i++)
    {
      float x = grid->origin.x + i * grid->size.width / N_STEPS;
      float y = grid->origin.y + i * grid->size.height / N_STEPS;

      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (x - 0.5, grid->origin.y,
                                                      1, grid->size.height));
      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (grid->origin.x, y - 0.5,
                                                      grid->size.width, 1));
    }

  /* The quadrants' borders, through the middle of the grid. */
  gtk_snapshot_append_color (snapshot, &divider,
                             &GRAPHENE_RECT_INIT (grid->origin.x + grid->size.width / 2 - 1,
                                                  grid->origin.y, 2, grid->size.height));
  gtk_snapshot_append_color (snapshot, &divider,
                             &GRAPHENE_RECT_INIT (grid->origin.x,
                                                  grid->origin.y + grid->size.height / 2 - 1,
                                                  grid->size.width, 2));
}

static void
snapshot_axes (ChMatrix     *self,
               GtkSnapshot  *snapshot,
               const Colors *colors)
{
  const graphene_rect_t *grid = &self->grid;
  GdkRGBA dim = with_alpha (&colors->fg, 0.55);
  GdkRGBA title = with_alpha (&colors->fg, 0.8);
  g_autoptr(PangoLayout) effort_layout = create_layout (self, _("Effort →"), TRUE);
  g_autoptr(PangoLayout) impact_layout = create_layout (self, _("Impact →"), TRUE);
  int width;
  int height;

  for (int value = CH_MATRIX_MIN; value <= CH_MATRIX_MAX; value++)
    {
      g_autofree char *number = g_strdup_printf ("%d", value);
      g_autoptr(PangoLayout) layout = create_layout (self, number, FALSE);
      graphene_rect_t cell;

      pango_layout_get_pixel_size (layout, &width, &height);

      /* Effort under its column, impact left of its row. */
      get_cell_bounds (grid, CH_MATRIX_MIN, value, &cell);
      append_layout_at (snapshot, layout,
                        cell.origin.x + (cell.size.width - width) / 2,
                        grid->origin.y + grid->size.height + AXIS_GAP,
                        &dim);
      get_cell_bounds (grid, value, CH_MATRIX_MIN, &cell);
      append_layout_at (snapshot, layout,
                        grid->origin.x - AXIS_GAP - width,
                        cell.origin.y + (cell.size.height - height) / 2,
                        &dim);
    }

  pango_layout_get_pixel_size (effort_layout, &width, &height);
  append_layout_at (snapshot, effort_layout,
                    grid->origin.x + (grid->size.width - width) / 2,
                    grid->origin.y + grid->size.height + AXIS_GAP + self->line_height + AXIS_GAP,
                    &title);

  /* Read from the bottom up, the arrow pointing up. */
  pango_layout_get_pixel_size (impact_layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (PADDING + self->line_height / 2.0,
                                                grid->origin.y + grid->size.height / 2));
  gtk_snapshot_rotate (snapshot, -90);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-width / 2.0, -height / 2.0));
  gtk_snapshot_append_layout (snapshot, impact_layout, &title);
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_card (ChMatrix              *self,
               GtkSnapshot           *snapshot,
               const Colors          *colors,
               PangoLayout           *layout,
               ChIdea                *idea,
               const graphene_rect_t *rect,
               gboolean               lifted)
{
  gboolean selected = idea == self->selected;
  GdkRGBA border = with_alpha (&colors->fg, 0.18);
  GdkRGBA dot = with_alpha (&colors->fg, 0.6);
  const GdkRGBA *fill = selected ? &colors->accent_bg : self->dots ? &dot : &colors->card_bg;
  const GdkRGBA *text = selected ? &colors->accent_fg : &colors->fg;
  float radius = self->dots ? rect->size.height / 2 : CARD_RADIUS;
  int height;

  if (lifted)
    {
      GskRoundedRect rounded;

      gsk_rounded_rect_init_from_rect (&rounded, rect, radius);
      gtk_snapshot_append_outset_shadow (snapshot, &rounded,
                                         &(GdkRGBA) { 0, 0, 0, 0.25 }, 0, 2, 0, 6);
    }

  append_rounded_rect (snapshot, rect, radius, fill, selected ? NULL : &border, 1);

  if (selected && gtk_widget_has_focus (GTK_WIDGET (self)))
    {
      graphene_rect_t ring = *rect;

      graphene_rect_inset (&ring, -3, -3);
      append_rounded_rect (snapshot, &ring, radius + 3, NULL, &colors->accent, 2);
    }

  if (self->dots)
    return;

  pango_layout_set_text (layout, get_title (idea), -1);
  pango_layout_set_width (layout, (int) ((rect->size.width - 2 * TEXT_PADDING) * PANGO_SCALE));
  pango_layout_get_pixel_size (layout, NULL, &height);
  append_layout_at (snapshot, layout,
                    rect->origin.x + TEXT_PADDING,
                    rect->origin.y + (rect->size.height - height) / 2,
                    text);
}

static void
snapshot_more (ChMatrix     *self,
               GtkSnapshot  *snapshot,
               const Colors *colors,
               const Card   *card)
{
  g_autofree char *text = g_strdup_printf ("+%u", card->n_hidden);
  g_autoptr(PangoLayout) layout = create_layout (self, text, TRUE);
  GdkRGBA fill = with_alpha (&colors->fg, 0.1);
  int width;
  int height;

  append_rounded_rect (snapshot, &card->rect, card->rect.size.height / 2, &fill, NULL, 0);
  pango_layout_get_pixel_size (layout, &width, &height);
  append_layout_at (snapshot, layout,
                    card->rect.origin.x + (card->rect.size.width - width) / 2,
                    card->rect.origin.y + (card->rect.size.height - height) / 2,
                    &colors->fg);
}

/* A step changed these ideas: moved on the grid, placed, taken off,
 * renamed? */
static void
project_ideas_changed_cb (ChMatrix  *self,
                          GPtrArray *ideas,
                          ChProject *project)
{
  for (guint i = 0; i < ideas->len; i++)
    {
      ChIdea *idea = g_ptr_array_index (ideas, i);
      gpointer cell;
      gboolean was_placed = g_hash_table_lookup_extended (self->placed_set, idea, NULL, &cell);

      if (idea == self->selected)
        update_description (self);

      /* Newly placed, or taken off: the model is looked through again
       * for the order of those placed (not shown, when it is). Moved:
       * laid out again. Neither: its title may have changed. */
      if (was_placed != is_placed (idea))
        queue_rebuild (self);
      else if (!was_placed)
        continue;
      else if (cell != cell_of (idea))
        {
          g_hash_table_insert (self->placed_set, idea, cell_of (idea));
          invalidate_layout (self);
        }
      else
        gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
model_items_changed_cb (ChMatrix   *self,
                        guint       position,
                        guint       removed,
                        guint       added,
                        GListModel *model)
{
  queue_rebuild (self);
}

static void
drag_begin_cb (ChMatrix       *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  const Card *card;

  if (gtk_widget_get_focus_on_click (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));

  self->dragging = FALSE;
  self->drag_idea = NULL;
  self->drag_start_x = self->drag_x = x;
  self->drag_start_y = self->drag_y = y;

  card = find_card_at (self, x, y);
  if (card == NULL)
    {
      ch_matrix_set_selected (self, NULL);
      return;
    }

  /* A “+N” brings the first idea it hides into view. */
  ch_matrix_set_selected (self, card->idea);
  if (card->n_hidden > 0)
    return;

  self->drag_idea = card->idea;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
drag_update_cb (ChMatrix       *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  if (self->drag_idea == NULL)
    return;

  if (!self->dragging &&
      !gtk_drag_check_threshold (GTK_WIDGET (self),
                                 (int) self->drag_start_x, (int) self->drag_start_y,
                                 (int) (self->drag_start_x + offset_x),
                                 (int) (self->drag_start_y + offset_y)))
    return;

  self->dragging = TRUE;
  self->drag_x = self->drag_start_x + offset_x;
  self->drag_y = self->drag_start_y + offset_y;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (ChMatrix       *self,
             double          offset_x,
             double          offset_y,
             GtkGestureDrag *gesture)
{
  ChIdea *idea = self->drag_idea;
  int impact;
  int effort;

  drag_update_cb (self, offset_x, offset_y, gesture);

  if (!self->dragging || idea == NULL)
    {
      self->drag_idea = NULL;
      return;
    }

  self->dragging = FALSE;
  self->drag_idea = NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  /* Dropped out of the matrix: nothing changes. Beside the grid: on the
   * edge nearest to the pointer. */
  if (self->drag_x < 0 || self->drag_x >= gtk_widget_get_width (GTK_WIDGET (self)) ||
      self->drag_y < 0 || self->drag_y >= gtk_widget_get_height (GTK_WIDGET (self)))
    return;

  get_cell_clamped (&self->grid, self->drag_x, self->drag_y, &impact, &effort);
  place_idea (self, idea, impact, effort);
}

static gboolean
cancel_drag_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  ChMatrix *self = CH_MATRIX (widget);

  if (self->drag_idea == NULL)
    return FALSE;

  self->drag_idea = NULL;
  self->dragging = FALSE;
  gtk_widget_queue_draw (widget);

  return TRUE;
}

static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ChMatrix *self = CH_MATRIX (widget);
  int impact_step;
  int effort_step;
  int impact;
  int effort;

  g_variant_get (parameter, "(ii)", &impact_step, &effort_step);

  ensure_layout (self);

  /* Nothing to move yet: the first key press chooses one. */
  if (self->selected == NULL || !g_hash_table_contains (self->placed_set, self->selected))
    {
      if (!select_step (self, 1, FALSE))
        gtk_widget_error_bell (widget);
      return;
    }

  impact = ch_idea_get_impact (self->selected) + impact_step;
  effort = ch_idea_get_effort (self->selected) + effort_step;
  if (impact < CH_MATRIX_MIN || impact > CH_MATRIX_MAX ||
      effort < CH_MATRIX_MIN || effort > CH_MATRIX_MAX)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  place_idea (self, self->selected, impact, effort);
}

static void
select_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ChMatrix *self = CH_MATRIX (widget);
  gboolean found;

  if (g_str_equal (action_name, "matrix.select-next"))
    found = select_step (self, 1, TRUE);
  else if (g_str_equal (action_name, "matrix.select-previous"))
    found = select_step (self, -1, TRUE);
  else
    {
      ensure_layout (self);
      found = self->order->len > 0;
      if (found)
        ch_matrix_set_selected (self,
                                g_ptr_array_index (self->order,
                                                   g_str_equal (action_name, "matrix.select-first")
                                                     ? 0 : self->order->len - 1));
    }

  if (!found)
    gtk_widget_error_bell (widget);
}

static void
ch_matrix_map (GtkWidget *widget)
{
  ChMatrix *self = CH_MATRIX (widget);

  GTK_WIDGET_CLASS (ch_matrix_parent_class)->map (widget);

  if (self->stale)
    rebuild (self);
}

static void
ch_matrix_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  ChMatrix *self = CH_MATRIX (widget);
  int margins = PADDING + 2 * (measure_line_height (self) + AXIS_GAP);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = margins + PADDING + N_STEPS * MIN_CELL;
      *natural = margins + PADDING + N_STEPS * 140;
    }
  else
    {
      *minimum = margins + PADDING + N_STEPS * MIN_CELL;
      *natural = margins + PADDING + N_STEPS * 100;
    }
}

static void
ch_matrix_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  invalidate_layout (CH_MATRIX (widget));
}

static void
ch_matrix_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  ChMatrix *self = CH_MATRIX (widget);
  g_autoptr(PangoLayout) layout = NULL;
  const Card *lifted = NULL;
  Colors colors;

  ensure_layout (self);
  get_colors (self, &colors);

  if (self->grid.size.width <= 0 || self->grid.size.height <= 0)
    return;

  snapshot_quadrants (self, snapshot, &colors);
  snapshot_grid_lines (self, snapshot, &colors);
  snapshot_axes (self, snapshot, &colors);

  if (self->dragging &&
      self->drag_x >= 0 && self->drag_x < gtk_widget_get_width (widget) &&
      self->drag_y >= 0 && self->drag_y < gtk_widget_get_height (widget))
    {
      graphene_rect_t target;
      GdkRGBA fill = with_alpha (&colors.accent_bg, 0.18);
      int impact;
      int effort;

      get_cell_clamped (&self->grid, self->drag_x, self->drag_y, &impact, &effort);
      get_cell_bounds (&self->grid, impact, effort, &target);
      graphene_rect_inset (&target, 2, 2);
      append_rounded_rect (snapshot, &target, CARD_RADIUS, &fill, &colors.accent, 2);
    }

  layout = create_layout (self, NULL, FALSE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  for (guint i = 0; i < self->cards->len; i++)
    {
      const Card *card = &g_array_index (self->cards, Card, i);

      if (card->n_hidden > 0)
        snapshot_more (self, snapshot, &colors, card);
      else if (self->dragging && card->idea == self->drag_idea)
        {
          /* Where it was, faint; it is drawn at the pointer below. */
          lifted = card;
          gtk_snapshot_push_opacity (snapshot, 0.35);
          snapshot_card (self, snapshot, &colors, layout, card->idea, &card->rect, FALSE);
          gtk_snapshot_pop (snapshot);
        }
      else
        snapshot_card (self, snapshot, &colors, layout, card->idea, &card->rect, FALSE);
    }

  if (lifted != NULL)
    {
      graphene_rect_t rect = lifted->rect;

      rect.origin.x += self->drag_x - self->drag_start_x;
      rect.origin.y += self->drag_y - self->drag_start_y;
      snapshot_card (self, snapshot, &colors, layout, lifted->idea, &rect, TRUE);
    }

  /* The focus on the grid itself while no idea shows it. */
  if (gtk_widget_has_focus (widget) &&
      (self->selected == NULL || find_card_of (self, self->selected) == NULL))
    {
      graphene_rect_t ring = self->grid;

      graphene_rect_inset (&ring, -2, -2);
      append_rounded_rect (snapshot, &ring, 2, NULL, &colors.accent, 2);
    }
}

/* Tab goes from idea to idea in reading order, then on out of the matrix. */
static gboolean
ch_matrix_focus (GtkWidget        *widget,
                 GtkDirectionType  direction)
{
  ChMatrix *self = CH_MATRIX (widget);

  if (!gtk_widget_is_focus (widget))
    {
      if (self->selected == NULL || !g_hash_table_contains (self->placed_set, self->selected))
        select_step (self, direction == GTK_DIR_TAB_BACKWARD ? -1 : 1, FALSE);
      return gtk_widget_grab_focus (widget);
    }

  if (direction == GTK_DIR_TAB_FORWARD)
    return select_step (self, 1, FALSE);
  if (direction == GTK_DIR_TAB_BACKWARD)
    return select_step (self, -1, FALSE);

  return FALSE;
}

static void
ch_matrix_state_flags_changed (GtkWidget     *widget,
                               GtkStateFlags  previous_state)
{
  /* The focus ring. */
  if ((gtk_widget_get_state_flags (widget) ^ previous_state) & GTK_STATE_FLAG_FOCUSED)
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (ch_matrix_parent_class)->state_flags_changed (widget, previous_state);
}

static gboolean
ch_matrix_query_tooltip (GtkWidget  *widget,
                         int         x,
                         int         y,
                         gboolean    keyboard_mode,
                         GtkTooltip *tooltip)
{
  ChMatrix *self = CH_MATRIX (widget);
  const Card *card = keyboard_mode ? NULL : find_card_at (self, x, y);
  g_autofree char *text = NULL;

  if (card == NULL)
    return FALSE;

  if (card->n_hidden > 0)
    text = g_strdup_printf (ngettext ("%u more idea", "%u more ideas", card->n_hidden),
                            card->n_hidden);
  else
    /* Translators: an idea's title, its impact and its effort */
    text = g_strdup_printf (_("%s\nImpact %d, effort %d"),
                            get_title (card->idea),
                            ch_idea_get_impact (card->idea),
                            ch_idea_get_effort (card->idea));

  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip,
                            &(GdkRectangle) {
                              (int) card->rect.origin.x, (int) card->rect.origin.y,
                              (int) card->rect.size.width, (int) card->rect.size.height
                            });

  return TRUE;
}

static void
ch_matrix_dispose (GObject *object)
{
  ChMatrix *self = CH_MATRIX (object);

  ch_matrix_set_model (self, NULL);
  ch_matrix_set_project (self, NULL);
  g_clear_object (&self->selected);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  clear_placed (self);

  G_OBJECT_CLASS (ch_matrix_parent_class)->dispose (object);
}

static void
ch_matrix_finalize (GObject *object)
{
  ChMatrix *self = CH_MATRIX (object);

  g_clear_pointer (&self->placed, g_ptr_array_unref);
  g_clear_pointer (&self->placed_set, g_hash_table_unref);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_pointer (&self->cards, g_array_unref);

  G_OBJECT_CLASS (ch_matrix_parent_class)->finalize (object);
}

static void
ch_matrix_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ChMatrix *self = CH_MATRIX (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_matrix_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ChMatrix *self = CH_MATRIX (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_matrix_set_project (self, g_value_get_object (value));
      break;

    case PROP_MODEL:
      ch_matrix_set_model (self, g_value_get_object (value));
      break;

    case PROP_SELECTED:
      ch_matrix_set_selected (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass *widget_class,
                  guint           keyval,
                  guint           keypad_keyval,
                  int             impact_step,
                  int             effort_step)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0,
                                       "matrix.move", "(ii)", impact_step, effort_step);
  gtk_widget_class_add_binding_action (widget_class, keypad_keyval, 0,
                                       "matrix.move", "(ii)", impact_step, effort_step);
}

static void
ch_matrix_class_init (ChMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_matrix_dispose;
  object_class->finalize = ch_matrix_finalize;
  object_class->get_property = ch_matrix_get_property;
  object_class->set_property = ch_matrix_set_property;

  widget_class->map = ch_matrix_map;
  widget_class->measure = ch_matrix_measure;
  widget_class->size_allocate = ch_matrix_size_allocate;
  widget_class->snapshot = ch_matrix_snapshot;
  widget_class->focus = ch_matrix_focus;
  widget_class->state_flags_changed = ch_matrix_state_flags_changed;
  widget_class->query_tooltip = ch_matrix_query_tooltip;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL,
                         CH_TYPE_IDEA,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "matrix");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_WIDGET);

  gtk_widget_class_install_action (widget_class, "matrix.move", "(ii)", move_activated);
  gtk_widget_class_install_action (widget_class, "matrix.select-next", NULL, select_activated);
  gtk_widget_class_install_action (widget_class, "matrix.select-previous", NULL,
                                   select_activated);
  gtk_widget_class_install_action (widget_class, "matrix.select-first", NULL, select_activated);
  gtk_widget_class_install_action (widget_class, "matrix.select-last", NULL, select_activated);

  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, 1, 0);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, -1, 0);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 0, 1);
  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0,
                                       "matrix.select-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0,
                                       "matrix.select-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0,
                                       "matrix.select-first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0,
                                       "matrix.select-last", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, cancel_drag_cb, NULL);
}

static void
ch_matrix_init (ChMatrix *self)
{
  GtkGesture *drag;

  self->placed = g_ptr_array_new_with_free_func (g_object_unref);
  self->placed_set = g_hash_table_new (NULL, NULL);
  self->order = g_ptr_array_new ();
  self->cards = g_array_new (FALSE, FALSE, sizeof (Card));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Impact and effort matrix"),
                                  -1);
  update_description (self);
}

GtkWidget *
ch_matrix_new (void)
{
  return g_object_new (CH_TYPE_MATRIX, NULL);
}

/**
 * ch_matrix_get_project:
 *
 * Returns: (transfer none) (nullable): the project the matrix changes
 */
ChProject *
ch_matrix_get_project (ChMatrix *self)
{
  g_return_val_if_fail (CH_IS_MATRIX (self), NULL);

  return self->project;
}

/**
 * ch_matrix_set_project:
 * @project: (nullable): the project that the ideas of the model belong
 *   to, through which the matrix changes them
 */
void
ch_matrix_set_project (ChMatrix  *self,
                       ChProject *project)
{
  g_return_if_fail (CH_IS_MATRIX (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, project_ideas_changed_cb, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "ideas-changed", G_CALLBACK (project_ideas_changed_cb),
                             self, G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_matrix_get_model:
 *
 * Returns: (transfer none) (nullable): the ideas shown
 */
GListModel *
ch_matrix_get_model (ChMatrix *self)
{
  g_return_val_if_fail (CH_IS_MATRIX (self), NULL);

  return self->model;
}

/**
 * ch_matrix_set_model:
 * @model: (nullable): a list of #ChIdea; those with both an impact and
 *   an effort are placed
 */
void
ch_matrix_set_model (ChMatrix   *self,
                     GListModel *model)
{
  g_return_if_fail (CH_IS_MATRIX (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (model_items_changed_cb),
                             self, G_CONNECT_SWAPPED);

  /* Not shown: the model is looked through when it is (or asked about). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    {
      clear_placed (self);
      self->stale = TRUE;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * ch_matrix_get_selected:
 *
 * Returns: (transfer none) (nullable): the idea that the arrow keys move
 */
ChIdea *
ch_matrix_get_selected (ChMatrix *self)
{
  g_return_val_if_fail (CH_IS_MATRIX (self), NULL);

  return self->selected;
}

void
ch_matrix_set_selected (ChMatrix *self,
                        ChIdea   *idea)
{
  g_return_if_fail (CH_IS_MATRIX (self));
  g_return_if_fail (idea == NULL || CH_IS_IDEA (idea));

  if (!g_set_object (&self->selected, idea))
    return;

  invalidate_layout (self);
  update_description (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * ch_matrix_cell_at:
 * @x: a point in the widget's coordinates
 * @y:
 * @impact: (out) (optional): the impact of the cell at the point
 * @effort: (out) (optional): its effort
 *
 * Where an idea dropped at a point goes, for the widget's current size.
 *
 * Returns: whether the point is on the grid
 */
gboolean
ch_matrix_cell_at (ChMatrix *self,
                   double    x,
                   double    y,
                   int      *impact,
                   int      *effort)
{
  graphene_rect_t grid;
  int cell_impact;
  int cell_effort;

  g_return_val_if_fail (CH_IS_MATRIX (self), FALSE);

  compute_grid (gtk_widget_get_width (GTK_WIDGET (self)),
                gtk_widget_get_height (GTK_WIDGET (self)),
                measure_line_height (self), &grid);

  if (grid.size.width <= 0 || grid.size.height <= 0 ||
      x < grid.origin.x || x >= grid.origin.x + grid.size.width ||
      y < grid.origin.y || y >= grid.origin.y + grid.size.height)
    return FALSE;

  get_cell_clamped (&grid, x, y, &cell_impact, &cell_effort);
  if (impact != NULL)
    *impact = cell_impact;
  if (effort != NULL)
    *effort = cell_effort;

  return TRUE;
}

/**
 * ch_matrix_cell_bounds:
 * @impact: 1 to 5
 * @effort: 1 to 5
 * @bounds: (out): the cell of @impact and @effort, in the widget's
 *   coordinates
 *
 * Returns: whether the widget has a size, so that the cell has one
 */
gboolean
ch_matrix_cell_bounds (ChMatrix        *self,
                       int              impact,
                       int              effort,
                       graphene_rect_t *bounds)
{
  graphene_rect_t grid;

  g_return_val_if_fail (CH_IS_MATRIX (self), FALSE);
  g_return_val_if_fail (impact >= CH_MATRIX_MIN && impact <= CH_MATRIX_MAX, FALSE);
  g_return_val_if_fail (effort >= CH_MATRIX_MIN && effort <= CH_MATRIX_MAX, FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  compute_grid (gtk_widget_get_width (GTK_WIDGET (self)),
                gtk_widget_get_height (GTK_WIDGET (self)),
                measure_line_height (self), &grid);
  get_cell_bounds (&grid, impact, effort, bounds);

  return grid.size.width > 0 && grid.size.height > 0;
}

/**
 * ch_matrix_idea_bounds:
 * @bounds: (out): where the card of @idea is drawn
 *
 * Returns: whether @idea is drawn: it is placed, and not one of the
 *   ideas of a full cell that a “+N” stands for
 */
gboolean
ch_matrix_idea_bounds (ChMatrix        *self,
                       ChIdea          *idea,
                       graphene_rect_t *bounds)
{
  const Card *card;

  g_return_val_if_fail (CH_IS_MATRIX (self), FALSE);
  g_return_val_if_fail (CH_IS_IDEA (idea), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  card = find_card_of (self, idea);
  if (card == NULL)
    return FALSE;

  *bounds = card->rect;

  return TRUE;
}

/**
 * ch_matrix_describe_position:
 *
 * Returns: where an idea of @impact and @effort is on the matrix, in
 *   words: “quick win”, “between big bets and thankless tasks”, “not
 *   placed”…
 */
const char *
ch_matrix_describe_position (int impact,
                             int effort)
{
  int vertical;
  int horizontal;

  if (impact < CH_MATRIX_MIN || effort < CH_MATRIX_MIN)
    return _("not placed");

  /* -1 low, 0 on the middle line, 1 high. */
  vertical = (impact > MIDDLE) - (impact < MIDDLE);
  horizontal = (effort > MIDDLE) - (effort < MIDDLE);

  if (vertical > 0 && horizontal < 0)
    return _("quick win");
  if (vertical > 0 && horizontal > 0)
    return _("big bet");
  if (vertical < 0 && horizontal < 0)
    return _("fill-in");
  if (vertical < 0 && horizontal > 0)
    return _("thankless task");
  if (vertical > 0)
    return _("between quick wins and big bets");
  if (vertical < 0)
    return _("between fill-ins and thankless tasks");
  if (horizontal < 0)
    return _("between quick wins and fill-ins");
  if (horizontal > 0)
    return _("between big bets and thankless tasks");

  return _("in the middle");
}
