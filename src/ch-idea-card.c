/* ch-idea-card.c: an idea on the board, as a sticky note
 *
 * A card is the row of a column's list view: its title, up to three of
 * its tags as chips, its dots, and a mark in the colour of the first
 * persona it serves. Its column's colour tints it (the column's CSS
 * class). A column realizes only the cards it shows, and recycles them:
 * a card stays light, a few labels, and follows its idea through one
 * handler on it while it is bound.
 *
 * While a voting round is open and a participant is chosen, a click
 * records a dot; after the round it shows its rank. In an anonymous
 * session it shows its total only, never whose dots they are.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-idea-card"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-board-column.h"
#include "ch-idea-card.h"

/* Tags shown as chips; the others are counted ("+2"). */
#define MAX_CHIPS 3
/* Dots drawn before the number. */
#define MAX_DOTS  5
/* The persona mark, in the top right corner. */
#define MARK_SIZE 12

struct _ChIdeaCard
{
  GtkWidget      parent_instance;

  /* Both outlive their cards. */
  ChBoardPage   *page;
  ChBoardColumn *column;

  ChIdea        *idea;
  GdkRGBA        persona_color;
  gboolean       has_persona;

  /* Template widgets */
  GtkLabel      *title_label;
  GtkBox        *tags_box;
  GtkBox        *footer;
  GtkLabel      *dots_label;
  GtkLabel      *voter_label;
  GtkLabel      *rank_label;
};

G_DEFINE_FINAL_TYPE (ChIdeaCard, ch_idea_card, GTK_TYPE_WIDGET)

static void
update_tags (ChIdeaCard *self,
             GString    *description)
{
  const char * const *tags = ch_idea_get_tags (self->idea);
  guint n_tags = tags != NULL ? g_strv_length ((char **) tags) : 0;
  guint n_chips = MIN (n_tags, MAX_CHIPS) + (n_tags > MAX_CHIPS ? 1 : 0);
  GtkWidget *chip = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box));

  for (guint i = 0; i < n_chips; i++)
    {
      g_autofree char *more = NULL;

      if (chip == NULL)
        {
          chip = gtk_label_new (NULL);
          gtk_label_set_ellipsize (GTK_LABEL (chip), PANGO_ELLIPSIZE_END);
          gtk_label_set_max_width_chars (GTK_LABEL (chip), 14);
          gtk_widget_add_css_class (chip, "board-tag");
          gtk_box_append (self->tags_box, chip);
        }

      if (i < MAX_CHIPS)
        gtk_label_set_label (GTK_LABEL (chip), tags[i]);
      else
        {
          /* Translators: the tags of a card not shown as chips, "+2" */
          more = g_strdup_printf (_("+%u"), n_tags - MAX_CHIPS);
          gtk_label_set_label (GTK_LABEL (chip), more);
        }
      gtk_widget_set_visible (chip, TRUE);
      chip = gtk_widget_get_next_sibling (chip);
    }

  for (; chip != NULL; chip = gtk_widget_get_next_sibling (chip))
    gtk_widget_set_visible (chip, FALSE);

  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), n_tags > 0);

  if (n_tags > 0)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) tags);

      g_string_append (description, ". ");
      /* Translators: a card's tags, read by a screen reader; %s is a list */
      g_string_append_printf (description, _("Tags: %s"), joined);
    }
}

/* "●●● 3", the idea's dots; a participant's among them, and the rank
 * once the round has ended. */
static void
update_dots (ChIdeaCard *self,
             GString    *description)
{
  ChProject *project = ch_board_page_get_project (self->page);
  ChParticipant *voter = ch_board_page_get_voter (self->page);
  const ChRank *rank = ch_board_page_lookup_rank (self->page, CH_ENTITY (self->idea));
  int total = ch_idea_get_vote_count (self->idea);
  int mine = 0;
  gboolean show_rank = rank != NULL && rank->dots > 0;

  /* Whose dots they are is not shown in an anonymous session. */
  if (voter != NULL && !ch_board_page_is_anonymous (self->page, self->idea))
    mine = ch_project_get_dots (project, self->idea, voter);

  if (total > 0)
    {
      g_autoptr(GString) dots = g_string_new (NULL);

      for (int i = 0; i < MIN (total, MAX_DOTS); i++)
        g_string_append (dots, "●");
      g_string_append_printf (dots, " %d", total);
      gtk_label_set_label (self->dots_label, dots->str);

      g_string_append (description, ". ");
      g_string_append_printf (description, g_dngettext (GETTEXT_PACKAGE, "%d dot", "%d dots",
                                                        total),
                              total);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->dots_label), total > 0);

  if (mine > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: the dots one participant put on a card, "2 from Jordan" */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d from %s", "%d from %s", mine),
                              mine, ch_participant_get_name (voter));
      gtk_label_set_label (self->voter_label, text);
      g_string_append_printf (description, ", %s", text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->voter_label), mine > 0);

  if (show_rank)
    {
      g_autofree char *text = g_strdup_printf ("#%u", rank->rank);

      gtk_label_set_label (self->rank_label, text);
      g_string_append (description, ". ");
      /* Translators: a card's place in the ranking after a voting round */
      g_string_append_printf (description, _("Ranked %u"), rank->rank);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->rank_label), show_rank);

  gtk_widget_set_visible (GTK_WIDGET (self->footer), total > 0 || show_rank);
}

static void
update_persona (ChIdeaCard *self,
                GString    *description)
{
  ChPersona *persona = ch_board_page_get_first_persona (self->page, self->idea);
  gboolean has_persona = FALSE;
  GdkRGBA color = { 0 };

  if (persona != NULL)
    {
      const char *value = ch_persona_get_color (persona);

      has_persona = value != NULL && gdk_rgba_parse (&color, value);
      g_string_append (description, ". ");
      /* Translators: the persona a card serves, read by a screen reader */
      g_string_append_printf (description, _("For %s"), ch_persona_get_name (persona));
    }

  if (has_persona != self->has_persona || !gdk_rgba_equal (&color, &self->persona_color))
    {
      self->has_persona = has_persona;
      self->persona_color = color;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
idea_notify_cb (ChIdeaCard *self,
                GParamSpec *pspec,
                ChIdea     *idea)
{
  static const char *shown[] = {
    "title", "tags", "personas", "votes", "vote-count", "session-id",
  };

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    if (g_str_equal (pspec->name, shown[i]))
      {
        ch_idea_card_update (self);
        return;
      }
}

/* While dots are recorded, a click on a card is a dot. */
static void
click_released_cb (ChIdeaCard      *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  if (self->idea == NULL || !ch_board_page_get_recording (self->page))
    return;

  ch_board_page_add_dot (self->page, self->idea);
}

static GdkContentProvider *
drag_prepare_cb (ChIdeaCard    *self,
                 double         x,
                 double         y,
                 GtkDragSource *source)
{
  g_autoptr(ChDraggedIdeas) dragged = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autoptr(GBytes) text = NULL;
  GdkContentProvider *providers[2];
  ChIdea **ideas;
  guint n_ideas;

  if (self->idea == NULL)
    return NULL;

  dragged = ch_board_page_drag_ideas (self->page, self->column, self->idea);
  if (dragged == NULL)
    return NULL;

  /* Elsewhere than on the board, the titles, one a line. */
  ideas = ch_dragged_ideas_get_ideas (dragged, &n_ideas);
  for (guint i = 0; i < n_ideas; i++)
    g_string_append_printf (titles, "%s\n", ch_idea_get_title (ideas[i]));
  text = g_string_free_to_bytes (g_steal_pointer (&titles));

  providers[0] = gdk_content_provider_new_typed (CH_TYPE_DRAGGED_IDEAS, dragged);
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text);

  return gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
}

static void
drag_begin_cb (ChIdeaCard    *self,
               GdkDrag       *drag,
               GtkDragSource *source)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 16, 16);
}

static void
ch_idea_card_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  ChIdeaCard *self = CH_IDEA_CARD (widget);

  GTK_WIDGET_CLASS (ch_idea_card_parent_class)->snapshot (widget, snapshot);

  if (self->has_persona)
    {
      graphene_rect_t mark = GRAPHENE_RECT_INIT (gtk_widget_get_width (widget) - MARK_SIZE, 2,
                                                 MARK_SIZE, MARK_SIZE);
      GskRoundedRect round;

      gsk_rounded_rect_init_from_rect (&round, &mark, MARK_SIZE / 2.0);
      gtk_snapshot_push_rounded_clip (snapshot, &round);
      gtk_snapshot_append_color (snapshot, &self->persona_color, &mark);
      gtk_snapshot_pop (snapshot);
    }
}

static void
ch_idea_card_dispose (GObject *object)
{
  ChIdeaCard *self = CH_IDEA_CARD (object);
  GtkWidget *child;

  ch_idea_card_set_idea (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_IDEA_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ch_idea_card_parent_class)->dispose (object);
}

static void
ch_idea_card_class_init (ChIdeaCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_idea_card_dispose;

  widget_class->snapshot = ch_idea_card_snapshot;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-idea-card.ui");
  gtk_widget_class_bind_template_child (widget_class, ChIdeaCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaCard, tags_box);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaCard, footer);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaCard, dots_label);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaCard, voter_label);
  gtk_widget_class_bind_template_child (widget_class, ChIdeaCard, rank_label);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ch_idea_card_init (ChIdeaCard *self)
{
  GtkGesture *click;
  GtkDragSource *source;

  gtk_widget_init_template (GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released", G_CALLBACK (click_released_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (drag_begin_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
}

GtkWidget *
ch_idea_card_new (ChBoardPage   *page,
                  ChBoardColumn *column)
{
  ChIdeaCard *self = g_object_new (CH_TYPE_IDEA_CARD, NULL);

  self->page = page;
  self->column = column;

  return GTK_WIDGET (self);
}

/**
 * ch_idea_card_get_idea:
 *
 * Returns: (transfer none) (nullable): the idea the card shows
 */
ChIdea *
ch_idea_card_get_idea (ChIdeaCard *self)
{
  g_return_val_if_fail (CH_IS_IDEA_CARD (self), NULL);

  return self->idea;
}

void
ch_idea_card_set_idea (ChIdeaCard *self,
                       ChIdea     *idea)
{
  g_return_if_fail (CH_IS_IDEA_CARD (self));
  g_return_if_fail (idea == NULL || CH_IS_IDEA (idea));

  if (self->idea == idea)
    return;

  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_func (self->idea, idea_notify_cb, self);

  g_set_object (&self->idea, idea);

  if (idea != NULL)
    {
      g_signal_connect_object (idea, "notify", G_CALLBACK (idea_notify_cb), self,
                               G_CONNECT_SWAPPED);
      ch_idea_card_update (self);
    }
}

/**
 * ch_idea_card_update:
 *
 * Shows the idea again: after a change of the voting round, the
 * participant whose dots are recorded, or the personas.
 */
void
ch_idea_card_update (ChIdeaCard *self)
{
  g_autoptr(GString) description = NULL;
  const char *title;

  g_return_if_fail (CH_IS_IDEA_CARD (self));

  if (self->idea == NULL || ch_board_page_get_project (self->page) == NULL)
    return;

  title = ch_idea_get_title (self->idea);
  if (title == NULL || *title == '\0')
    /* Translators: a card whose idea has no title */
    title = _("Untitled idea");
  gtk_label_set_label (self->title_label, title);

  description = g_string_new (title);
  update_dots (self, description);
  update_tags (self, description);
  update_persona (self, description);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description->str,
                                  -1);
}
