/* ch-loop-contributor-row.c: a contributor on the loop page
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A heading with the participant's name and organisation and how many
 * ideas they are still to be told about, a button to mark them informed
 * of all of them (the loop page's "loop.mark-all-informed" action), and
 * the rows of those ideas.
 */

#define G_LOG_DOMAIN "ch-loop-contributor-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-loop-contributor-row.h"
#include "ch-loop-idea-row.h"

struct _ChLoopContributorRow
{
  GtkListBoxRow      parent_instance;

  ChLoopContributor *contributor;

  /* Template widgets */
  GtkLabel          *name_label;
  GtkLabel          *detail_label;
  GtkButton         *mark_all_button;
  GtkListBox        *idea_list;
};

G_DEFINE_FINAL_TYPE (ChLoopContributorRow, ch_loop_contributor_row, GTK_TYPE_LIST_BOX_ROW)

static void
update (ChLoopContributorRow *self)
{
  ChParticipant *participant = ch_loop_contributor_get_participant (self->contributor);
  const char *name = ch_participant_get_name (participant);
  const char *organisation = ch_participant_get_organisation (participant);
  guint n_to_tell = ch_loop_contributor_get_n_to_tell (self->contributor);
  g_autofree char *count = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *button_label = NULL;
  g_autofree char *list_label = NULL;

  if (n_to_tell > 0)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea to tell them about",
                                          "%u ideas to tell them about", n_to_tell),
                             n_to_tell);
  else
    count = g_strdup (_("Told about every idea"));

  if (organisation != NULL && *organisation != '\0')
    /* Translators: under a contributor's name on the loop page: their
     * organisation, then how many ideas they are to be told about */
    detail = g_strdup_printf (_("%s · %s"), organisation, count);
  else
    detail = g_strdup (count);

  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->detail_label, detail);
  gtk_widget_set_sensitive (GTK_WIDGET (self->mark_all_button), n_to_tell > 0);

  /* Translators: a button on the loop page; %s is a participant's name */
  button_label = g_strdup_printf (_("Mark %s as informed of all their ideas"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mark_all_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, button_label,
                                  -1);

  /* Translators: the list of a contributor's ideas on the loop page, as a
   * screen reader names it: their name, then how many to tell */
  list_label = g_strdup_printf (_("Ideas of %s, %s"), name, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->idea_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_label,
                                  -1);
}

static void
participant_notify_cb (ChLoopContributorRow *self,
                       GParamSpec           *pspec)
{
  if (pspec->name == g_intern_static_string ("name") ||
      pspec->name == g_intern_static_string ("organisation"))
    update (self);
}

static GtkWidget *
create_idea_row (gpointer item,
                 gpointer user_data)
{
  ChLoopContributorRow *self = user_data;

  return ch_loop_idea_row_new (ch_loop_contributor_get_participant (self->contributor),
                               CH_IDEA (item));
}

static void
ch_loop_contributor_row_dispose (GObject *object)
{
  ChLoopContributorRow *self = CH_LOOP_CONTRIBUTOR_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_LOOP_CONTRIBUTOR_ROW);

  g_clear_object (&self->contributor);

  G_OBJECT_CLASS (ch_loop_contributor_row_parent_class)->dispose (object);
}

static void
ch_loop_contributor_row_class_init (ChLoopContributorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_loop_contributor_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-loop-contributor-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ChLoopContributorRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, ChLoopContributorRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, ChLoopContributorRow, mark_all_button);
  gtk_widget_class_bind_template_child (widget_class, ChLoopContributorRow, idea_list);
}

static void
ch_loop_contributor_row_init (ChLoopContributorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ch_loop_contributor_row_new (ChLoopContributor *contributor)
{
  ChLoopContributorRow *self;
  ChParticipant *participant;

  g_return_val_if_fail (CH_IS_LOOP_CONTRIBUTOR (contributor), NULL);

  self = g_object_new (CH_TYPE_LOOP_CONTRIBUTOR_ROW, NULL);
  self->contributor = g_object_ref (contributor);
  participant = ch_loop_contributor_get_participant (contributor);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->mark_all_button), "s",
                                    ch_entity_get_id (CH_ENTITY (participant)));
  gtk_list_box_bind_model (self->idea_list, ch_loop_contributor_get_ideas (contributor),
                           create_idea_row, self, NULL);
  g_signal_connect_object (contributor, "notify::n-to-tell", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (participant, "notify", G_CALLBACK (participant_notify_cb), self,
                           G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

/**
 * ch_loop_contributor_row_get_contributor:
 *
 * Returns: (transfer none): the contributor shown
 */
ChLoopContributor *
ch_loop_contributor_row_get_contributor (ChLoopContributorRow *self)
{
  g_return_val_if_fail (CH_IS_LOOP_CONTRIBUTOR_ROW (self), NULL);

  return self->contributor;
}

/**
 * ch_loop_contributor_row_get_idea_list:
 *
 * Returns: (transfer none): the list of the ideas' rows
 */
GtkListBox *
ch_loop_contributor_row_get_idea_list (ChLoopContributorRow *self)
{
  g_return_val_if_fail (CH_IS_LOOP_CONTRIBUTOR_ROW (self), NULL);

  return self->idea_list;
}
