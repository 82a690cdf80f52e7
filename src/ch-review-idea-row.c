/* ch-review-idea-row.c: one of a cluster's top ideas in the review
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row shows the idea as it is (title, dots, status follow its
 * notifications) and changes nothing itself: a status chosen in its
 * drop-down goes to the review page's "review.set-status" action, and
 * whether the row is selected is the page's to read and set.
 */

#define G_LOG_DOMAIN "ch-review-idea-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-enum-types.h"
#include "ch-review-idea-row.h"

struct _ChReviewIdeaRow
{
  AdwActionRow    parent_instance;

  ChIdea         *idea;
  /* Set while the drop-down is brought to the idea's status. */
  gboolean        syncing;

  /* Template widgets */
  GtkCheckButton *select_button;
  GtkDropDown    *status_drop_down;
  GtkStringList  *statuses;
};

G_DEFINE_FINAL_TYPE (ChReviewIdeaRow, ch_review_idea_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_IDEA,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_labels (ChReviewIdeaRow *self)
{
  const char *title = ch_idea_get_title (self->idea);
  int dots = ch_idea_get_vote_count (self->idea);
  ChIdeaStatus status = ch_idea_get_status (self->idea);
  g_autofree char *dots_text = NULL;
  g_autofree char *select_label = NULL;
  g_autofree char *status_label = NULL;
  g_autofree char *row_label = NULL;

  dots_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d dot", "%d dots", dots), dots);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), dots_text);

  self->syncing = TRUE;
  if (gtk_drop_down_get_selected (self->status_drop_down) != (guint) status)
    gtk_drop_down_set_selected (self->status_drop_down, status);
  self->syncing = FALSE;

  /* Translators: a check box that selects an idea in the review; %s is its title */
  select_label = g_strdup_printf (_("Select “%s”"), title);
  /* Translators: the drop-down of an idea's status; %s is its title */
  status_label = g_strdup_printf (_("Status of “%s”"), title);
  /* Translators: an idea of the review as a screen reader says it: its
   * title, its dots ("3 dots") and its status */
  row_label = g_strdup_printf (_("%s, %s, %s"), title, dots_text,
                               ch_idea_status_to_label (status));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->select_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, select_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, status_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, row_label,
                                  -1);
}

static void
idea_notify_cb (ChReviewIdeaRow *self,
                GParamSpec      *pspec)
{
  if (pspec->name == g_intern_static_string ("title") ||
      pspec->name == g_intern_static_string ("status") ||
      pspec->name == g_intern_static_string ("vote-count"))
    update_labels (self);
}

static void
select_toggled_cb (ChReviewIdeaRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
status_selected_cb (ChReviewIdeaRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_drop_down);

  if (self->syncing || self->idea == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected == (guint) ch_idea_get_status (self->idea))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "review.set-status", "(ss)",
                              ch_entity_get_id (CH_ENTITY (self->idea)),
                              ch_enum_to_nick (CH_TYPE_IDEA_STATUS, selected));

  /* Refused, or no page to take it: the drop-down shows the status. */
  if (self->idea != NULL)
    update_labels (self);
}

static void
ch_review_idea_row_dispose (GObject *object)
{
  ChReviewIdeaRow *self = CH_REVIEW_IDEA_ROW (object);

  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_func (self->idea, idea_notify_cb, self);
  g_clear_object (&self->idea);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_REVIEW_IDEA_ROW);

  G_OBJECT_CLASS (ch_review_idea_row_parent_class)->dispose (object);
}

static void
ch_review_idea_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ChReviewIdeaRow *self = CH_REVIEW_IDEA_ROW (object);

  switch (prop_id)
    {
    case PROP_IDEA:
      g_value_set_object (value, self->idea);
      break;

    case PROP_SELECTED:
      g_value_set_boolean (value, ch_review_idea_row_get_selected (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_review_idea_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ChReviewIdeaRow *self = CH_REVIEW_IDEA_ROW (object);

  switch (prop_id)
    {
    case PROP_IDEA:
      self->idea = g_value_dup_object (value);
      break;

    case PROP_SELECTED:
      ch_review_idea_row_set_selected (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_review_idea_row_constructed (GObject *object)
{
  ChReviewIdeaRow *self = CH_REVIEW_IDEA_ROW (object);

  G_OBJECT_CLASS (ch_review_idea_row_parent_class)->constructed (object);

  g_assert (CH_IS_IDEA (self->idea));

  g_signal_connect_object (self->idea, "notify", G_CALLBACK (idea_notify_cb), self,
                           G_CONNECT_SWAPPED);
  update_labels (self);
}

static void
ch_review_idea_row_class_init (ChReviewIdeaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_review_idea_row_dispose;
  object_class->get_property = ch_review_idea_row_get_property;
  object_class->set_property = ch_review_idea_row_set_property;
  object_class->constructed = ch_review_idea_row_constructed;

  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL,
                         CH_TYPE_IDEA,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED] =
    g_param_spec_boolean ("selected", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-review-idea-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ChReviewIdeaRow, select_button);
  gtk_widget_class_bind_template_child (widget_class, ChReviewIdeaRow, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, ChReviewIdeaRow, statuses);
  gtk_widget_class_bind_template_callback (widget_class, select_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
}

static void
ch_review_idea_row_init (ChReviewIdeaRow *self)
{
  const ChIdeaStatus statuses[] = {
    CH_IDEA_STATUS_NEW, CH_IDEA_STATUS_SHORTLISTED, CH_IDEA_STATUS_ACCEPTED,
    CH_IDEA_STATUS_PARKED, CH_IDEA_STATUS_DONE,
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The drop-down's positions are the statuses' values. */
  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_assert ((guint) statuses[i] == i);
      gtk_string_list_append (self->statuses, ch_idea_status_to_label (statuses[i]));
    }
  self->syncing = FALSE;
}

GtkWidget *
ch_review_idea_row_new (ChIdea *idea)
{
  g_return_val_if_fail (CH_IS_IDEA (idea), NULL);

  return g_object_new (CH_TYPE_REVIEW_IDEA_ROW, "idea", idea, NULL);
}

/**
 * ch_review_idea_row_get_idea:
 *
 * Returns: (transfer none): the idea shown
 */
ChIdea *
ch_review_idea_row_get_idea (ChReviewIdeaRow *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_IDEA_ROW (self), NULL);

  return self->idea;
}

gboolean
ch_review_idea_row_get_selected (ChReviewIdeaRow *self)
{
  g_return_val_if_fail (CH_IS_REVIEW_IDEA_ROW (self), FALSE);

  return gtk_check_button_get_active (self->select_button);
}

void
ch_review_idea_row_set_selected (ChReviewIdeaRow *self,
                                 gboolean         selected)
{
  g_return_if_fail (CH_IS_REVIEW_IDEA_ROW (self));

  /* The check button notifies, and the row with it. */
  gtk_check_button_set_active (self->select_button, selected);
}
