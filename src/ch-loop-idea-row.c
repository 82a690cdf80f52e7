/* ch-loop-idea-row.c: one idea a contributor is to be told about, or was
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row follows the idea (its title, status and contributors) and
 * changes nothing itself: its button asks the loop page's
 * "loop.mark-informed" action, with the participant's and the idea's
 * ids, to record the date chosen on the page, or to change the date of
 * one told already.
 */

#define G_LOG_DOMAIN "ch-loop-idea-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-enum-types.h"
#include "ch-loop-idea-row.h"

struct _ChLoopIdeaRow
{
  AdwActionRow   parent_instance;

  ChParticipant *participant;
  ChIdea        *idea;
  /* The day the participant was told, or NULL. */
  char          *informed;

  /* Template widgets */
  GtkLabel      *status_label;
  GtkButton     *mark_button;
};

G_DEFINE_FINAL_TYPE (ChLoopIdeaRow, ch_loop_idea_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_PARTICIPANT,
  PROP_IDEA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
find_informed (ChLoopIdeaRow *self)
{
  GPtrArray *contributors = ch_idea_get_contributors (self->idea);
  const char *participant_id = ch_entity_get_id (CH_ENTITY (self->participant));

  for (guint i = 0; contributors != NULL && i < contributors->len; i++)
    {
      const ChContributor *contributor = g_ptr_array_index (contributors, i);

      if (g_strcmp0 (contributor->participant_id, participant_id) == 0)
        return contributor->informed;
    }

  return NULL;
}

static void
update (ChLoopIdeaRow *self)
{
  const char *title = ch_idea_get_title (self->idea);
  const char *name = ch_participant_get_name (self->participant);
  ChIdeaStatus status = ch_idea_get_status (self->idea);
  const char *status_text = ch_idea_status_to_label (status);
  g_autofree char *status_class = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *button_label = NULL;
  g_autofree char *row_label = NULL;

  g_free (self->informed);
  self->informed = g_strdup (find_informed (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  if (self->informed != NULL)
    /* Translators: under an idea on the loop page: the day (YYYY-MM-DD)
     * its contributor was told what became of it */
    subtitle = g_strdup_printf (_("Informed on %s"), self->informed);
  else
    subtitle = g_strdup (_("Not yet informed"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  gtk_label_set_label (self->status_label, status_text);
  for (guint i = 0; i <= CH_IDEA_STATUS_DONE; i++)
    {
      g_autofree char *name_class = g_strconcat ("status-",
                                                 ch_enum_to_nick (CH_TYPE_IDEA_STATUS, i),
                                                 NULL);

      if (i == (guint) status)
        gtk_widget_add_css_class (GTK_WIDGET (self->status_label), name_class);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), name_class);
    }

  if (self->informed != NULL)
    {
      gtk_button_set_label (self->mark_button, _("Change Date"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->mark_button),
                                   _("Change the day they were informed to the one chosen above"));
      /* Translators: a button; the first %s is a participant's name, the
       * second an idea's title */
      button_label = g_strdup_printf (_("Change the day %s was informed of “%s”"), name, title);
      /* Translators: an idea on the loop page as a screen reader says it:
       * its title, status, and the day its contributor was told */
      row_label = g_strdup_printf (_("%s, %s, informed on %s"), title, status_text,
                                   self->informed);
    }
  else
    {
      gtk_button_set_label (self->mark_button, _("Mark Informed"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->mark_button),
                                   _("Record that they were told, on the day chosen above"));
      /* Translators: a button; the first %s is a participant's name, the
       * second an idea's title */
      button_label = g_strdup_printf (_("Mark %s as informed of “%s”"), name, title);
      /* Translators: an idea on the loop page as a screen reader says it:
       * its title and status, its contributor not told yet */
      row_label = g_strdup_printf (_("%s, %s, not yet informed"), title, status_text);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mark_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, button_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, row_label,
                                  -1);
}

static void
changed_cb (ChLoopIdeaRow *self,
            GParamSpec    *pspec)
{
  if (pspec->name == g_intern_static_string ("title") ||
      pspec->name == g_intern_static_string ("status") ||
      pspec->name == g_intern_static_string ("contributors") ||
      pspec->name == g_intern_static_string ("name"))
    update (self);
}

static void
ch_loop_idea_row_dispose (GObject *object)
{
  ChLoopIdeaRow *self = CH_LOOP_IDEA_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_LOOP_IDEA_ROW);

  g_clear_object (&self->participant);
  g_clear_object (&self->idea);

  G_OBJECT_CLASS (ch_loop_idea_row_parent_class)->dispose (object);
}

static void
ch_loop_idea_row_finalize (GObject *object)
{
  ChLoopIdeaRow *self = CH_LOOP_IDEA_ROW (object);

  g_clear_pointer (&self->informed, g_free);

  G_OBJECT_CLASS (ch_loop_idea_row_parent_class)->finalize (object);
}

static void
ch_loop_idea_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ChLoopIdeaRow *self = CH_LOOP_IDEA_ROW (object);

  switch (prop_id)
    {
    case PROP_PARTICIPANT:
      g_value_set_object (value, self->participant);
      break;

    case PROP_IDEA:
      g_value_set_object (value, self->idea);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_loop_idea_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ChLoopIdeaRow *self = CH_LOOP_IDEA_ROW (object);

  switch (prop_id)
    {
    case PROP_PARTICIPANT:
      self->participant = g_value_dup_object (value);
      break;

    case PROP_IDEA:
      self->idea = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_loop_idea_row_constructed (GObject *object)
{
  ChLoopIdeaRow *self = CH_LOOP_IDEA_ROW (object);

  G_OBJECT_CLASS (ch_loop_idea_row_parent_class)->constructed (object);

  g_assert (CH_IS_PARTICIPANT (self->participant));
  g_assert (CH_IS_IDEA (self->idea));

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->mark_button), "(ss)",
                                    ch_entity_get_id (CH_ENTITY (self->participant)),
                                    ch_entity_get_id (CH_ENTITY (self->idea)));
  g_signal_connect_object (self->idea, "notify", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->participant, "notify", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

static void
ch_loop_idea_row_class_init (ChLoopIdeaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_loop_idea_row_dispose;
  object_class->finalize = ch_loop_idea_row_finalize;
  object_class->get_property = ch_loop_idea_row_get_property;
  object_class->set_property = ch_loop_idea_row_set_property;
  object_class->constructed = ch_loop_idea_row_constructed;

  properties[PROP_PARTICIPANT] =
    g_param_spec_object ("participant", NULL, NULL,
                         CH_TYPE_PARTICIPANT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL,
                         CH_TYPE_IDEA,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-loop-idea-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ChLoopIdeaRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, ChLoopIdeaRow, mark_button);
}

static void
ch_loop_idea_row_init (ChLoopIdeaRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ch_loop_idea_row_new (ChParticipant *participant,
                      ChIdea        *idea)
{
  g_return_val_if_fail (CH_IS_PARTICIPANT (participant), NULL);
  g_return_val_if_fail (CH_IS_IDEA (idea), NULL);

  return g_object_new (CH_TYPE_LOOP_IDEA_ROW, "participant", participant, "idea", idea, NULL);
}

/**
 * ch_loop_idea_row_get_participant:
 *
 * Returns: (transfer none): the contributor to tell
 */
ChParticipant *
ch_loop_idea_row_get_participant (ChLoopIdeaRow *self)
{
  g_return_val_if_fail (CH_IS_LOOP_IDEA_ROW (self), NULL);

  return self->participant;
}

/**
 * ch_loop_idea_row_get_idea:
 *
 * Returns: (transfer none): the idea to tell them about
 */
ChIdea *
ch_loop_idea_row_get_idea (ChLoopIdeaRow *self)
{
  g_return_val_if_fail (CH_IS_LOOP_IDEA_ROW (self), NULL);

  return self->idea;
}

/**
 * ch_loop_idea_row_get_informed:
 *
 * Returns: (nullable): the day the contributor was told, or %NULL
 */
const char *
ch_loop_idea_row_get_informed (ChLoopIdeaRow *self)
{
  g_return_val_if_fail (CH_IS_LOOP_IDEA_ROW (self), NULL);

  return self->informed;
}
