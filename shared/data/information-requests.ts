import { type InformationRequest, informationRequestSchema } from '#shared/domain/information-request.ts';
import { keys } from './keys.ts';
import { getItem, queryAll } from './reads.ts';
import { storable } from './stored-shape.ts';
import { createItem, replaceVersioned } from './transactions.ts';

/**
 * Storage of requests for information: one item each (the request with its answers), listed newest first
 * for the portal's staff (gsi1) and per agency for its queue (gsi2). A province sends some hundreds a year,
 * so the lists read them whole. The service (shared/editorial/information-request-service.ts) decides.
 */
const requestItem = (request: InformationRequest) => ({
  ...keys.informationRequest(request.id),
  ...keys.informationRequestsAll(),
  ...keys.informationRequestsOfAgency(request.agencyId),
  ...keys.informationRequestSort(request.createdAt, request.id),
  itemType: 'InformationRequest',
  ...storable(informationRequestSchema, request, `information request ${request.id}`),
});

export const informationRequestWrites = {
  create: (request: InformationRequest) => createItem(requestItem(request)),
  replace: (request: InformationRequest, expectedVersion: number) =>
    replaceVersioned(requestItem(request), expectedVersion),
};

export const getInformationRequest = (id: string) =>
  getItem(keys.informationRequest(id), informationRequestSchema);

/** Every request, newest first. */
export function listInformationRequests(): Promise<InformationRequest[]> {
  return queryAll(
    {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: keys.informationRequestsAll().gsi1pk },
      newestFirst: true,
    },
    informationRequestSchema,
  );
}

/** One agency's requests, newest first. */
export function listInformationRequestsOfAgency(agencyId: string): Promise<InformationRequest[]> {
  return queryAll(
    {
      index: 'gsi2',
      partition: { name: 'gsi2pk', value: keys.informationRequestsOfAgency(agencyId).gsi2pk },
      newestFirst: true,
    },
    informationRequestSchema,
  );
}
