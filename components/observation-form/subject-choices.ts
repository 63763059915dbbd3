import { akimatName } from "@/components/comparison/akimat-name";
import type { PositionTitle } from "@/lib/generated/prisma/enums";
import type { SubjectChoice } from "./subject-step";

type Official = SubjectChoice["officials"][number];
type Subject = { id: string; name: string; nameKk: string | null; nameEn: string | null; officials: (Omit<Official, "title"> & { title: PositionTitle })[] };

/** The form's choices in the interface's language: each akimat's name, each post's title. */
export function subjectChoices(subjects: Subject[], { locale, title }: { locale: string; title: (title: PositionTitle) => string }): SubjectChoice[] {
  return subjects.map((akimat) => ({
    id: akimat.id,
    name: akimatName(akimat, locale),
    officials: akimat.officials.map((official) => ({ ...official, title: title(official.title) })),
  }));
}
