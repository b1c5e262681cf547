/**
 * An offline check of manifest.xml (`office-addin-manifest validate` needs the network): well-formed XML,
 * the elements the add-in-only XML schema requires in the order it requires them, a GUID id, unique
 * resource ids, every resid defined, and every URL served by the build output.
 */
export interface ManifestProblem {
  where: string;
  problem: string;
}

/** Children in schema order; `?` marks an optional element, `*` a repeatable optional one. */
const SEQUENCES: Record<string, string[]> = {
  OfficeApp: [
    "Id", "AlternateId?", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl?",
    "HighResolutionIconUrl?", "SupportUrl?", "AppDomains?", "Hosts?", "Requirements?", "DefaultSettings",
    "Permissions", "Dictionary?", "VersionOverrides?", "ExtendedOverrides?",
  ],
  VersionOverrides: ["Description?", "Requirements?", "Hosts", "Resources?", "EquivalentAddins?", "VersionOverrides?"],
  DesktopFormFactor: ["GetStarted?", "FunctionFile", "ExtensionPoint*"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control*"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Action: ["TaskpaneId?", "SourceLocation"],
  Resources: ["bt:Images?", "bt:Urls?", "bt:ShortStrings?", "bt:LongStrings?"],
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function childElements(element: Element): Element[] {
  return Array.from(element.children);
}

function pathOf(element: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = element; e; e = e.parentElement) {
    const id = e.getAttribute("id");
    parts.unshift(id ? `${e.tagName}#${id}` : e.tagName);
  }
  return parts.join(" > ");
}

function checkSequence(element: Element, sequence: string[], problems: ManifestProblem[]): void {
  const names = childElements(element).map((child) => child.tagName);
  let position = 0;
  for (const name of names) {
    const at = sequence.findIndex((entry, index) => index >= position && entry.replace(/[?*]$/, "") === name);
    if (at === -1) {
      const known = sequence.some((entry) => entry.replace(/[?*]$/, "") === name);
      problems.push({
        where: pathOf(element),
        problem: known ? `<${name}> is out of order (expected order: ${sequence.join(", ")})` : `<${name}> is not allowed here`,
      });
      continue;
    }
    for (const skipped of sequence.slice(position, at)) {
      if (!/[?*]$/.test(skipped)) problems.push({ where: pathOf(element), problem: `<${skipped}> is missing before <${name}>` });
    }
    position = sequence[at].endsWith("*") ? at : at + 1;
  }
  for (const rest of sequence.slice(position)) {
    if (!/[?*]$/.test(rest) && !names.includes(rest)) problems.push({ where: pathOf(element), problem: `<${rest}> is missing` });
  }
}

function allElements(document: Document): Element[] {
  return Array.from(document.getElementsByTagName("*"));
}

/**
 * Checks a parsed manifest. `served(url)` says whether the build output serves a URL.
 *
 * @example checkManifest(new DOMParser().parseFromString(xml, "application/xml"), (url) => existsInDist(url))
 */
export function checkManifest(document: Document, served: (url: string) => boolean): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const parseError = document.getElementsByTagName("parsererror")[0];
  if (parseError) return [{ where: "manifest.xml", problem: `not well-formed XML: ${parseError.textContent?.trim()}` }];

  const root = document.documentElement;
  if (root.tagName !== "OfficeApp") problems.push({ where: root.tagName, problem: "the root element must be <OfficeApp>" });
  if (!/TaskPaneApp$/.test(root.getAttribute("xsi:type") ?? "")) problems.push({ where: "OfficeApp", problem: 'xsi:type must be "TaskPaneApp"' });

  for (const element of allElements(document)) {
    const sequence = SEQUENCES[element.tagName];
    if (sequence) checkSequence(element, sequence, problems);
  }

  const id = root.getElementsByTagName("Id")[0]?.textContent?.trim() ?? "";
  if (!GUID.test(id)) problems.push({ where: "OfficeApp > Id", problem: `"${id}" is not a GUID` });

  const resourceIds = new Map<string, Element>();
  for (const element of allElements(document)) {
    const inResources = element.parentElement?.parentElement?.tagName === "Resources";
    const idAttribute = element.getAttribute("id");
    if (!idAttribute) continue;
    const key = inResources ? `resource:${idAttribute}` : `control:${idAttribute}`;
    if (resourceIds.has(key)) problems.push({ where: pathOf(element), problem: `id "${idAttribute}" is used twice` });
    resourceIds.set(key, element);
  }
  for (const element of allElements(document)) {
    const resid = element.getAttribute("resid");
    if (resid && !resourceIds.has(`resource:${resid}`)) problems.push({ where: pathOf(element), problem: `resid "${resid}" is not defined in <Resources>` });
  }

  for (const element of allElements(document)) {
    for (const value of [element.getAttribute("DefaultValue"), element.getAttribute("Value")]) {
      if (value && /^https?:\/\//.test(value) && !served(value)) {
        problems.push({ where: pathOf(element), problem: `${value} is not served by the build output` });
      }
    }
  }
  return problems;
}
