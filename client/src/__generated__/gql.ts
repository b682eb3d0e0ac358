/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation RefreshSession {\n    refreshSession {\n      session {\n        expiresAt\n      }\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  query SessionCheck {\n    me {\n      id\n    }\n  }\n': typeof types.SessionCheckDocument;
  '\n  query Me {\n    me {\n      id\n      name\n      email\n      staffRole\n      organization {\n        id\n        name\n      }\n      grants {\n        role\n        account {\n          id\n          name\n          customerAccountNumber\n        }\n      }\n      assignedDevices {\n        id\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  query Accounts {\n    accounts {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n      organization {\n        id\n        name\n        primaryContact {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n': typeof types.AccountsDocument;
  '\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConfirmEmailDocument;
  '\n  query Dashboard(\n    $devices: Boolean!\n    $users: Boolean!\n    $orders: Boolean!\n    $readings: Boolean!\n    $stock: Boolean!\n  ) {\n    openOrders: serviceOrders(\n      first: 1\n      filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS] }\n    ) @include(if: $orders) {\n      totalCount\n    }\n    overdueOrders: serviceOrders(\n      first: 1\n      filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS], overdue: true }\n    ) @include(if: $orders) {\n      totalCount\n    }\n    meterReadingsDue(first: 1) @include(if: $readings) {\n      totalCount\n    }\n    stockLocations @include(if: $stock) {\n      id\n      levels {\n        belowMinimum\n        toner {\n          sku\n        }\n      }\n    }\n    devices(first: 1) @include(if: $devices) {\n      totalCount\n    }\n    removalRequested: devices(first: 1, filter: { status: [REMOVAL_REQUESTED] })\n      @include(if: $devices) {\n      totalCount\n    }\n    organization @include(if: $users) {\n      id\n      users(first: 1) {\n        totalCount\n      }\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RegisterDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      session {\n        expiresAt\n      }\n      secondFactor {\n        challenge\n        methods\n        enrolmentRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation ResendConfirmation($email: String!) {\n    resendConfirmation(email: $email)\n  }\n': typeof types.ResendConfirmationDocument;
  '\n  fragment DeviceDetail on Device {\n    id\n    serialNumber\n    status\n    installedAt\n    eMaintenance\n    removalReason\n    model {\n      id\n      name\n      colour\n      pagesPerMinute\n      meters\n    }\n    account {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n    }\n    contract {\n      contractNumber\n      responseTimeHours\n      billedMeters\n      readingFrequency\n    }\n    location {\n      address\n      building\n      floor\n      room\n      note\n      contactName\n      contactPhone\n    }\n    locationHistory(first: 20) {\n      at\n      by\n      byName\n      location {\n        address\n        building\n        floor\n        room\n        note\n        contactName\n        contactPhone\n      }\n    }\n    statusHistory(first: 20) {\n      at\n      by\n      byName\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n': typeof types.DeviceDetailFragmentDoc;
  '\n  query Device($id: ID!) {\n    device(id: $id) {\n      ...DeviceDetail\n    }\n  }\n': typeof types.DeviceDocument;
  '\n  mutation UpdateDeviceLocation($deviceId: ID!, $location: DeviceLocationInput!) {\n    updateDeviceLocation(deviceId: $deviceId, location: $location) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UpdateDeviceLocationDocument;
  '\n  mutation RequestDeviceRemoval($deviceId: ID!, $reason: String!) {\n    requestDeviceRemoval(deviceId: $deviceId, reason: $reason) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RequestDeviceRemovalDocument;
  '\n  mutation WithdrawDeviceRemovalRequest($deviceId: ID!) {\n    withdrawDeviceRemovalRequest(deviceId: $deviceId) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.WithdrawDeviceRemovalRequestDocument;
  '\n  query DeviceWork($id: ID!, $orders: Boolean!, $readings: Boolean!) {\n    device(id: $id) {\n      id\n      serviceOrders(first: 10) @include(if: $orders) {\n        totalCount\n        edges {\n          node {\n            ...OrderRow\n          }\n        }\n      }\n      meterReadingDue @include(if: $readings) {\n        dueDate\n        overdue\n        periodStart\n        periodEnd\n      }\n      meterReadings(first: 24) @include(if: $readings) {\n        totalCount\n        edges {\n          node {\n            ...MeterHistory\n          }\n        }\n      }\n    }\n  }\n': typeof types.DeviceWorkDocument;
  '\n  query Devices($filter: DeviceFilter, $first: Int, $after: String) {\n    devices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serialNumber\n          status\n          eMaintenance\n          model {\n            id\n            name\n          }\n          account {\n            id\n            name\n            customerAccountNumber\n          }\n          location {\n            address\n            building\n            floor\n            room\n          }\n        }\n      }\n    }\n    accounts {\n      id\n      name\n      customerAccountNumber\n    }\n  }\n': typeof types.DevicesDocument;
  '\n  query KnowledgeArticle($slug: String!) {\n    knowledgeArticle(slug: $slug) {\n      id\n      slug\n      title\n      body\n      language\n      tags\n      errorCodes\n      relatedModels\n      updatedAt\n    }\n  }\n': typeof types.KnowledgeArticleDocument;
  '\n  query KnowledgeSearch($query: String, $language: String, $first: Int, $after: String) {\n    knowledgeArticles(query: $query, language: $language, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          language\n          tags\n          errorCodes\n          updatedAt\n        }\n      }\n    }\n  }\n': typeof types.KnowledgeSearchDocument;
  '\n  fragment OrderRow on ServiceOrder {\n    id\n    number\n    type\n    status\n    channel\n    submittedAt\n    responseDueAt\n    respondedAt\n    responseOverdue\n    scheduledVisitAt\n    technicianName\n    device {\n      id\n      serialNumber\n      account {\n        id\n        name\n        customerAccountNumber\n      }\n    }\n  }\n': typeof types.OrderRowFragmentDoc;
  '\n  query KnowledgeSuggestions($description: String!, $errorCode: String, $language: String) {\n    knowledgeSuggestions(\n      description: $description\n      errorCode: $errorCode\n      first: 5\n      language: $language\n    ) {\n      id\n      slug\n      title\n      errorCodes\n    }\n  }\n': typeof types.KnowledgeSuggestionsDocument;
  '\n  mutation CreateServiceOrder($input: CreateServiceOrderInput!) {\n    createServiceOrder(input: $input) {\n      serviceOrder {\n        id\n        number\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CreateServiceOrderDocument;
  '\n  fragment ServiceOrderDetail on ServiceOrder {\n    id\n    number\n    type\n    status\n    channel\n    description\n    errorCode\n    contactName\n    contactPhone\n    contactEmail\n    submittedAt\n    receivedAt\n    responseDueAt\n    respondedAt\n    responseOverdue\n    scheduledVisitAt\n    technicianName\n    device {\n      id\n      serialNumber\n      model {\n        id\n        name\n      }\n      account {\n        id\n        name\n        customerAccountNumber\n      }\n      location {\n        address\n        building\n        floor\n        room\n      }\n    }\n    history {\n      at\n      by\n      fromStatus\n      toStatus\n      comment\n      internal\n    }\n  }\n': typeof types.ServiceOrderDetailFragmentDoc;
  '\n  query ServiceOrder($id: ID!, $staff: Boolean!) {\n    serviceOrder(id: $id) {\n      ...ServiceOrderDetail\n      technician @include(if: $staff) {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ServiceOrderDocument;
  '\n  query Technicians {\n    staffUsers(staffRole: TECHNICIAN) {\n      id\n      name\n    }\n  }\n': typeof types.TechniciansDocument;
  '\n  mutation CancelServiceOrder($id: ID!, $reason: String!) {\n    cancelServiceOrder(id: $id, reason: $reason) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CancelServiceOrderDocument;
  '\n  mutation CommentOnServiceOrder($id: ID!, $comment: String!, $internal: Boolean) {\n    commentOnServiceOrder(id: $id, comment: $comment, internal: $internal) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CommentOnServiceOrderDocument;
  '\n  mutation AcknowledgeServiceOrder($id: ID!, $comment: String) {\n    acknowledgeServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.AcknowledgeServiceOrderDocument;
  '\n  mutation ScheduleServiceOrder(\n    $id: ID!\n    $technicianId: ID!\n    $technicianName: String\n    $visitAt: DateTime!\n    $comment: String\n  ) {\n    scheduleServiceOrder(\n      id: $id\n      technicianId: $technicianId\n      technicianName: $technicianName\n      visitAt: $visitAt\n      comment: $comment\n    ) {\n      serviceOrder {\n        ...ServiceOrderDetail\n        technician {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ScheduleServiceOrderDocument;
  '\n  mutation StartServiceOrder($id: ID!) {\n    startServiceOrder(id: $id) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.StartServiceOrderDocument;
  '\n  mutation ResolveServiceOrder($id: ID!, $comment: String!) {\n    resolveServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ResolveServiceOrderDocument;
  '\n  mutation CloseServiceOrder($id: ID!, $comment: String) {\n    closeServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CloseServiceOrderDocument;
  '\n  query ServiceOrders($filter: ServiceOrderFilter, $after: String) {\n    serviceOrders(first: 25, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n': typeof types.ServiceOrdersDocument;
  '\n  query OrderableDevices {\n    devices(first: 100, filter: { status: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.OrderableDevicesDocument;
  '\n  fragment MeterHistory on MeterReading {\n    id\n    readingDate\n    source\n    submittedByName\n    averagePerDay\n    values {\n      meter\n      value\n      usageSincePrevious\n    }\n  }\n': typeof types.MeterHistoryFragmentDoc;
  '\n  mutation SubmitMeterReading($input: SubmitMeterReadingInput!) {\n    submitMeterReading(input: $input) {\n      meterReading {\n        id\n        readingDate\n        device {\n          id\n          latestMeterReading {\n            id\n          }\n          meterReadingDue {\n            dueDate\n            overdue\n            periodStart\n            periodEnd\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SubmitMeterReadingDocument;
  '\n  query MeterReadingsDue {\n    meterReadingsDue(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n          account {\n            id\n            customerAccountNumber\n          }\n          meterReadingDue {\n            dueDate\n            overdue\n            periodStart\n            periodEnd\n          }\n          latestMeterReading {\n            id\n            readingDate\n          }\n        }\n      }\n    }\n  }\n': typeof types.MeterReadingsDueDocument;
  '\n  query DeviceIds($after: String) {\n    devices(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serialNumber\n        }\n      }\n    }\n  }\n': typeof types.DeviceIdsDocument;
  '\n  mutation SubmitMeterReadings($inputs: [SubmitMeterReadingInput!]!) {\n    submitMeterReadings(inputs: $inputs) {\n      accepted\n      rejected\n      results {\n        index\n        meterReading {\n          id\n          readingDate\n        }\n        userErrors {\n          code\n          field\n          message\n        }\n      }\n    }\n  }\n': typeof types.SubmitMeterReadingsDocument;
  '\n  query Passkeys {\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n': typeof types.PasskeysDocument;
  '\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RemovePasskeyDocument;
  '\n  mutation VerifySecondFactor($challenge: String!, $code: String!) {\n    verifySecondFactor(challenge: $challenge, code: $code) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.VerifySecondFactorDocument;
  '\n  query SignInSecurity {\n    me {\n      id\n      twoFactorEnabled\n    }\n    organization {\n      id\n      twoFactorRequired\n    }\n  }\n': typeof types.SignInSecurityDocument;
  '\n  mutation RemoveTotp($code: String!) {\n    removeTotp(code: $code) {\n      user {\n        id\n        twoFactorEnabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RemoveTotpDocument;
  '\n  mutation SetOrganizationTwoFactorRequired($required: Boolean!) {\n    setOrganizationTwoFactorRequired(required: $required) {\n      organization {\n        id\n        twoFactorRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SetOrganizationTwoFactorRequiredDocument;
  '\n  mutation BeginTotpEnrolment($challenge: String) {\n    beginTotpEnrolment(challenge: $challenge) {\n      otpauthUri\n      secret\n      qrCodeSvg\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.BeginTotpEnrolmentDocument;
  '\n  mutation ConfirmTotpEnrolment($code: String!, $challenge: String) {\n    confirmTotpEnrolment(code: $code, challenge: $challenge) {\n      recoveryCodes\n      signIn {\n        session {\n          expiresAt\n        }\n        userErrors {\n          code\n          field\n          message\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConfirmTotpEnrolmentDocument;
  '\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      ceremony\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.BeginPasskeyRegistrationDocument;
  '\n  mutation FinishPasskeyRegistration($ceremony: String!, $response: String!, $name: String) {\n    finishPasskeyRegistration(ceremony: $ceremony, response: $response, name: $name) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.FinishPasskeyRegistrationDocument;
  '\n  mutation BeginPasskeySignIn($challenge: String) {\n    beginPasskeySignIn(challenge: $challenge) {\n      ceremony\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.BeginPasskeySignInDocument;
  '\n  mutation FinishPasskeySignIn($ceremony: String!, $response: String!) {\n    finishPasskeySignIn(ceremony: $ceremony, response: $response) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.FinishPasskeySignInDocument;
  '\n  query OrderQueue($statuses: [ServiceOrderStatus!]) {\n    overdue: serviceOrders(first: 100, filter: { status: $statuses, overdue: true }) {\n      totalCount\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n    onTime: serviceOrders(first: 100, filter: { status: $statuses, overdue: false }) {\n      totalCount\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n': typeof types.OrderQueueDocument;
  '\n  query StaffAccounts {\n    accounts {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n      creditStatus\n      organization {\n        id\n        name\n      }\n    }\n  }\n': typeof types.StaffAccountsDocument;
  '\n  query StaffPaymentHistory($first: Int) {\n    accounts {\n      id\n      paymentHistory(first: $first) {\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            invoiceNumber\n            invoiceDate\n            amount\n            currency\n            paidAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.StaffPaymentHistoryDocument;
  '\n  fragment StockLocationView on StockLocation {\n    id\n    name\n    address\n    shippingInstructions\n    contactName\n    account {\n      id\n      name\n      customerAccountNumber\n    }\n    levels {\n      quantity\n      minimumLevel\n      targetLevel\n      inShipment\n      belowMinimum\n      countedAt\n      toner {\n        sku\n        name\n        colour\n      }\n    }\n    devices {\n      id\n      serialNumber\n    }\n    shipments(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          quantity\n          reason\n          createdAt\n          dispatchedAt\n          deliveredAt\n          toner {\n            sku\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.StockLocationViewFragmentDoc;
  '\n  query StockLocations {\n    stockLocations {\n      ...StockLocationView\n    }\n  }\n': typeof types.StockLocationsDocument;
  '\n  mutation RecordStockCount($stockLocationId: ID!, $counts: [StockCountInput!]!) {\n    recordStockCount(stockLocationId: $stockLocationId, counts: $counts) {\n      stockLocation {\n        ...StockLocationView\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RecordStockCountDocument;
  '\n  mutation ConfirmShipmentDelivered($id: ID!) {\n    confirmShipmentDelivered(id: $id) {\n      shipment {\n        id\n        status\n        deliveredAt\n        stockLocation {\n          ...StockLocationView\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConfirmShipmentDeliveredDocument;
  '\n  fragment UserRow on User {\n    id\n    name\n    email\n    status\n    grants {\n      role\n      account {\n        id\n        customerAccountNumber\n      }\n    }\n    assignedDevices {\n      id\n      serialNumber\n      account {\n        id\n      }\n    }\n  }\n': typeof types.UserRowFragmentDoc;
  '\n  query Users($first: Int, $after: String) {\n    organization {\n      id\n      name\n      primaryContact {\n        id\n      }\n      accounts {\n        id\n        name\n        customerAccountNumber\n      }\n      users(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...UserRow\n          }\n        }\n      }\n    }\n  }\n': typeof types.UsersDocument;
  '\n  query AssignableDevices {\n    devices(first: 100) {\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n          account {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.AssignableDevicesDocument;
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.InviteUserDocument;
  '\n  mutation GrantRole($userId: ID!, $grant: RoleGrantInput!) {\n    grantRole(userId: $userId, grant: $grant) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.GrantRoleDocument;
  '\n  mutation RevokeRole($userId: ID!, $grant: RoleGrantInput!) {\n    revokeRole(userId: $userId, grant: $grant) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RevokeRoleDocument;
  '\n  mutation AssignDevices($userId: ID!, $deviceIds: [ID!]!) {\n    assignDevices(userId: $userId, deviceIds: $deviceIds) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.AssignDevicesDocument;
  '\n  mutation UnassignDevices($userId: ID!, $deviceIds: [ID!]!) {\n    unassignDevices(userId: $userId, deviceIds: $deviceIds) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UnassignDevicesDocument;
  '\n  mutation SetPrimaryContact($userId: ID!) {\n    setPrimaryContact(userId: $userId) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SetPrimaryContactDocument;
  '\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.DisableUserDocument;
  '\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n    grants {\n      role\n      account {\n        id\n        customerAccountNumber\n      }\n    }\n  }\n': typeof types.ApiKeyRowFragmentDoc;
  '\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n': typeof types.ApiKeysDocument;
  '\n  mutation CreateApiKey($name: String!, $grants: [RoleGrantInput!]!) {\n    createApiKey(name: $name, grants: $grants) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CreateApiKeyDocument;
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RevokeApiKeyDocument;
};
const documents: Documents = {
  '\n  mutation RefreshSession {\n    refreshSession {\n      session {\n        expiresAt\n      }\n    }\n  }\n':
    types.RefreshSessionDocument,
  '\n  query SessionCheck {\n    me {\n      id\n    }\n  }\n': types.SessionCheckDocument,
  '\n  query Me {\n    me {\n      id\n      name\n      email\n      staffRole\n      organization {\n        id\n        name\n      }\n      grants {\n        role\n        account {\n          id\n          name\n          customerAccountNumber\n        }\n      }\n      assignedDevices {\n        id\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  query Accounts {\n    accounts {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n      organization {\n        id\n        name\n        primaryContact {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n':
    types.AccountsDocument,
  '\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ConfirmEmailDocument,
  '\n  query Dashboard(\n    $devices: Boolean!\n    $users: Boolean!\n    $orders: Boolean!\n    $readings: Boolean!\n    $stock: Boolean!\n  ) {\n    openOrders: serviceOrders(\n      first: 1\n      filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS] }\n    ) @include(if: $orders) {\n      totalCount\n    }\n    overdueOrders: serviceOrders(\n      first: 1\n      filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS], overdue: true }\n    ) @include(if: $orders) {\n      totalCount\n    }\n    meterReadingsDue(first: 1) @include(if: $readings) {\n      totalCount\n    }\n    stockLocations @include(if: $stock) {\n      id\n      levels {\n        belowMinimum\n        toner {\n          sku\n        }\n      }\n    }\n    devices(first: 1) @include(if: $devices) {\n      totalCount\n    }\n    removalRequested: devices(first: 1, filter: { status: [REMOVAL_REQUESTED] })\n      @include(if: $devices) {\n      totalCount\n    }\n    organization @include(if: $users) {\n      id\n      users(first: 1) {\n        totalCount\n      }\n    }\n  }\n':
    types.DashboardDocument,
  '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RegisterDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      session {\n        expiresAt\n      }\n      secondFactor {\n        challenge\n        methods\n        enrolmentRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation ResendConfirmation($email: String!) {\n    resendConfirmation(email: $email)\n  }\n':
    types.ResendConfirmationDocument,
  '\n  fragment DeviceDetail on Device {\n    id\n    serialNumber\n    status\n    installedAt\n    eMaintenance\n    removalReason\n    model {\n      id\n      name\n      colour\n      pagesPerMinute\n      meters\n    }\n    account {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n    }\n    contract {\n      contractNumber\n      responseTimeHours\n      billedMeters\n      readingFrequency\n    }\n    location {\n      address\n      building\n      floor\n      room\n      note\n      contactName\n      contactPhone\n    }\n    locationHistory(first: 20) {\n      at\n      by\n      byName\n      location {\n        address\n        building\n        floor\n        room\n        note\n        contactName\n        contactPhone\n      }\n    }\n    statusHistory(first: 20) {\n      at\n      by\n      byName\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n':
    types.DeviceDetailFragmentDoc,
  '\n  query Device($id: ID!) {\n    device(id: $id) {\n      ...DeviceDetail\n    }\n  }\n':
    types.DeviceDocument,
  '\n  mutation UpdateDeviceLocation($deviceId: ID!, $location: DeviceLocationInput!) {\n    updateDeviceLocation(deviceId: $deviceId, location: $location) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UpdateDeviceLocationDocument,
  '\n  mutation RequestDeviceRemoval($deviceId: ID!, $reason: String!) {\n    requestDeviceRemoval(deviceId: $deviceId, reason: $reason) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RequestDeviceRemovalDocument,
  '\n  mutation WithdrawDeviceRemovalRequest($deviceId: ID!) {\n    withdrawDeviceRemovalRequest(deviceId: $deviceId) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.WithdrawDeviceRemovalRequestDocument,
  '\n  query DeviceWork($id: ID!, $orders: Boolean!, $readings: Boolean!) {\n    device(id: $id) {\n      id\n      serviceOrders(first: 10) @include(if: $orders) {\n        totalCount\n        edges {\n          node {\n            ...OrderRow\n          }\n        }\n      }\n      meterReadingDue @include(if: $readings) {\n        dueDate\n        overdue\n        periodStart\n        periodEnd\n      }\n      meterReadings(first: 24) @include(if: $readings) {\n        totalCount\n        edges {\n          node {\n            ...MeterHistory\n          }\n        }\n      }\n    }\n  }\n':
    types.DeviceWorkDocument,
  '\n  query Devices($filter: DeviceFilter, $first: Int, $after: String) {\n    devices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serialNumber\n          status\n          eMaintenance\n          model {\n            id\n            name\n          }\n          account {\n            id\n            name\n            customerAccountNumber\n          }\n          location {\n            address\n            building\n            floor\n            room\n          }\n        }\n      }\n    }\n    accounts {\n      id\n      name\n      customerAccountNumber\n    }\n  }\n':
    types.DevicesDocument,
  '\n  query KnowledgeArticle($slug: String!) {\n    knowledgeArticle(slug: $slug) {\n      id\n      slug\n      title\n      body\n      language\n      tags\n      errorCodes\n      relatedModels\n      updatedAt\n    }\n  }\n':
    types.KnowledgeArticleDocument,
  '\n  query KnowledgeSearch($query: String, $language: String, $first: Int, $after: String) {\n    knowledgeArticles(query: $query, language: $language, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          language\n          tags\n          errorCodes\n          updatedAt\n        }\n      }\n    }\n  }\n':
    types.KnowledgeSearchDocument,
  '\n  fragment OrderRow on ServiceOrder {\n    id\n    number\n    type\n    status\n    channel\n    submittedAt\n    responseDueAt\n    respondedAt\n    responseOverdue\n    scheduledVisitAt\n    technicianName\n    device {\n      id\n      serialNumber\n      account {\n        id\n        name\n        customerAccountNumber\n      }\n    }\n  }\n':
    types.OrderRowFragmentDoc,
  '\n  query KnowledgeSuggestions($description: String!, $errorCode: String, $language: String) {\n    knowledgeSuggestions(\n      description: $description\n      errorCode: $errorCode\n      first: 5\n      language: $language\n    ) {\n      id\n      slug\n      title\n      errorCodes\n    }\n  }\n':
    types.KnowledgeSuggestionsDocument,
  '\n  mutation CreateServiceOrder($input: CreateServiceOrderInput!) {\n    createServiceOrder(input: $input) {\n      serviceOrder {\n        id\n        number\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CreateServiceOrderDocument,
  '\n  fragment ServiceOrderDetail on ServiceOrder {\n    id\n    number\n    type\n    status\n    channel\n    description\n    errorCode\n    contactName\n    contactPhone\n    contactEmail\n    submittedAt\n    receivedAt\n    responseDueAt\n    respondedAt\n    responseOverdue\n    scheduledVisitAt\n    technicianName\n    device {\n      id\n      serialNumber\n      model {\n        id\n        name\n      }\n      account {\n        id\n        name\n        customerAccountNumber\n      }\n      location {\n        address\n        building\n        floor\n        room\n      }\n    }\n    history {\n      at\n      by\n      fromStatus\n      toStatus\n      comment\n      internal\n    }\n  }\n':
    types.ServiceOrderDetailFragmentDoc,
  '\n  query ServiceOrder($id: ID!, $staff: Boolean!) {\n    serviceOrder(id: $id) {\n      ...ServiceOrderDetail\n      technician @include(if: $staff) {\n        id\n        name\n      }\n    }\n  }\n':
    types.ServiceOrderDocument,
  '\n  query Technicians {\n    staffUsers(staffRole: TECHNICIAN) {\n      id\n      name\n    }\n  }\n':
    types.TechniciansDocument,
  '\n  mutation CancelServiceOrder($id: ID!, $reason: String!) {\n    cancelServiceOrder(id: $id, reason: $reason) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CancelServiceOrderDocument,
  '\n  mutation CommentOnServiceOrder($id: ID!, $comment: String!, $internal: Boolean) {\n    commentOnServiceOrder(id: $id, comment: $comment, internal: $internal) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CommentOnServiceOrderDocument,
  '\n  mutation AcknowledgeServiceOrder($id: ID!, $comment: String) {\n    acknowledgeServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.AcknowledgeServiceOrderDocument,
  '\n  mutation ScheduleServiceOrder(\n    $id: ID!\n    $technicianId: ID!\n    $technicianName: String\n    $visitAt: DateTime!\n    $comment: String\n  ) {\n    scheduleServiceOrder(\n      id: $id\n      technicianId: $technicianId\n      technicianName: $technicianName\n      visitAt: $visitAt\n      comment: $comment\n    ) {\n      serviceOrder {\n        ...ServiceOrderDetail\n        technician {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ScheduleServiceOrderDocument,
  '\n  mutation StartServiceOrder($id: ID!) {\n    startServiceOrder(id: $id) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.StartServiceOrderDocument,
  '\n  mutation ResolveServiceOrder($id: ID!, $comment: String!) {\n    resolveServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ResolveServiceOrderDocument,
  '\n  mutation CloseServiceOrder($id: ID!, $comment: String) {\n    closeServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CloseServiceOrderDocument,
  '\n  query ServiceOrders($filter: ServiceOrderFilter, $after: String) {\n    serviceOrders(first: 25, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n':
    types.ServiceOrdersDocument,
  '\n  query OrderableDevices {\n    devices(first: 100, filter: { status: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.OrderableDevicesDocument,
  '\n  fragment MeterHistory on MeterReading {\n    id\n    readingDate\n    source\n    submittedByName\n    averagePerDay\n    values {\n      meter\n      value\n      usageSincePrevious\n    }\n  }\n':
    types.MeterHistoryFragmentDoc,
  '\n  mutation SubmitMeterReading($input: SubmitMeterReadingInput!) {\n    submitMeterReading(input: $input) {\n      meterReading {\n        id\n        readingDate\n        device {\n          id\n          latestMeterReading {\n            id\n          }\n          meterReadingDue {\n            dueDate\n            overdue\n            periodStart\n            periodEnd\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SubmitMeterReadingDocument,
  '\n  query MeterReadingsDue {\n    meterReadingsDue(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n          account {\n            id\n            customerAccountNumber\n          }\n          meterReadingDue {\n            dueDate\n            overdue\n            periodStart\n            periodEnd\n          }\n          latestMeterReading {\n            id\n            readingDate\n          }\n        }\n      }\n    }\n  }\n':
    types.MeterReadingsDueDocument,
  '\n  query DeviceIds($after: String) {\n    devices(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serialNumber\n        }\n      }\n    }\n  }\n':
    types.DeviceIdsDocument,
  '\n  mutation SubmitMeterReadings($inputs: [SubmitMeterReadingInput!]!) {\n    submitMeterReadings(inputs: $inputs) {\n      accepted\n      rejected\n      results {\n        index\n        meterReading {\n          id\n          readingDate\n        }\n        userErrors {\n          code\n          field\n          message\n        }\n      }\n    }\n  }\n':
    types.SubmitMeterReadingsDocument,
  '\n  query Passkeys {\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n':
    types.PasskeysDocument,
  '\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RemovePasskeyDocument,
  '\n  mutation VerifySecondFactor($challenge: String!, $code: String!) {\n    verifySecondFactor(challenge: $challenge, code: $code) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.VerifySecondFactorDocument,
  '\n  query SignInSecurity {\n    me {\n      id\n      twoFactorEnabled\n    }\n    organization {\n      id\n      twoFactorRequired\n    }\n  }\n':
    types.SignInSecurityDocument,
  '\n  mutation RemoveTotp($code: String!) {\n    removeTotp(code: $code) {\n      user {\n        id\n        twoFactorEnabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RemoveTotpDocument,
  '\n  mutation SetOrganizationTwoFactorRequired($required: Boolean!) {\n    setOrganizationTwoFactorRequired(required: $required) {\n      organization {\n        id\n        twoFactorRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SetOrganizationTwoFactorRequiredDocument,
  '\n  mutation BeginTotpEnrolment($challenge: String) {\n    beginTotpEnrolment(challenge: $challenge) {\n      otpauthUri\n      secret\n      qrCodeSvg\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.BeginTotpEnrolmentDocument,
  '\n  mutation ConfirmTotpEnrolment($code: String!, $challenge: String) {\n    confirmTotpEnrolment(code: $code, challenge: $challenge) {\n      recoveryCodes\n      signIn {\n        session {\n          expiresAt\n        }\n        userErrors {\n          code\n          field\n          message\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ConfirmTotpEnrolmentDocument,
  '\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      ceremony\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.BeginPasskeyRegistrationDocument,
  '\n  mutation FinishPasskeyRegistration($ceremony: String!, $response: String!, $name: String) {\n    finishPasskeyRegistration(ceremony: $ceremony, response: $response, name: $name) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.FinishPasskeyRegistrationDocument,
  '\n  mutation BeginPasskeySignIn($challenge: String) {\n    beginPasskeySignIn(challenge: $challenge) {\n      ceremony\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.BeginPasskeySignInDocument,
  '\n  mutation FinishPasskeySignIn($ceremony: String!, $response: String!) {\n    finishPasskeySignIn(ceremony: $ceremony, response: $response) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.FinishPasskeySignInDocument,
  '\n  query OrderQueue($statuses: [ServiceOrderStatus!]) {\n    overdue: serviceOrders(first: 100, filter: { status: $statuses, overdue: true }) {\n      totalCount\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n    onTime: serviceOrders(first: 100, filter: { status: $statuses, overdue: false }) {\n      totalCount\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n':
    types.OrderQueueDocument,
  '\n  query StaffAccounts {\n    accounts {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n      creditStatus\n      organization {\n        id\n        name\n      }\n    }\n  }\n':
    types.StaffAccountsDocument,
  '\n  query StaffPaymentHistory($first: Int) {\n    accounts {\n      id\n      paymentHistory(first: $first) {\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            invoiceNumber\n            invoiceDate\n            amount\n            currency\n            paidAt\n          }\n        }\n      }\n    }\n  }\n':
    types.StaffPaymentHistoryDocument,
  '\n  fragment StockLocationView on StockLocation {\n    id\n    name\n    address\n    shippingInstructions\n    contactName\n    account {\n      id\n      name\n      customerAccountNumber\n    }\n    levels {\n      quantity\n      minimumLevel\n      targetLevel\n      inShipment\n      belowMinimum\n      countedAt\n      toner {\n        sku\n        name\n        colour\n      }\n    }\n    devices {\n      id\n      serialNumber\n    }\n    shipments(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          quantity\n          reason\n          createdAt\n          dispatchedAt\n          deliveredAt\n          toner {\n            sku\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.StockLocationViewFragmentDoc,
  '\n  query StockLocations {\n    stockLocations {\n      ...StockLocationView\n    }\n  }\n':
    types.StockLocationsDocument,
  '\n  mutation RecordStockCount($stockLocationId: ID!, $counts: [StockCountInput!]!) {\n    recordStockCount(stockLocationId: $stockLocationId, counts: $counts) {\n      stockLocation {\n        ...StockLocationView\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RecordStockCountDocument,
  '\n  mutation ConfirmShipmentDelivered($id: ID!) {\n    confirmShipmentDelivered(id: $id) {\n      shipment {\n        id\n        status\n        deliveredAt\n        stockLocation {\n          ...StockLocationView\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ConfirmShipmentDeliveredDocument,
  '\n  fragment UserRow on User {\n    id\n    name\n    email\n    status\n    grants {\n      role\n      account {\n        id\n        customerAccountNumber\n      }\n    }\n    assignedDevices {\n      id\n      serialNumber\n      account {\n        id\n      }\n    }\n  }\n':
    types.UserRowFragmentDoc,
  '\n  query Users($first: Int, $after: String) {\n    organization {\n      id\n      name\n      primaryContact {\n        id\n      }\n      accounts {\n        id\n        name\n        customerAccountNumber\n      }\n      users(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...UserRow\n          }\n        }\n      }\n    }\n  }\n':
    types.UsersDocument,
  '\n  query AssignableDevices {\n    devices(first: 100) {\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n          account {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.AssignableDevicesDocument,
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.InviteUserDocument,
  '\n  mutation GrantRole($userId: ID!, $grant: RoleGrantInput!) {\n    grantRole(userId: $userId, grant: $grant) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.GrantRoleDocument,
  '\n  mutation RevokeRole($userId: ID!, $grant: RoleGrantInput!) {\n    revokeRole(userId: $userId, grant: $grant) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RevokeRoleDocument,
  '\n  mutation AssignDevices($userId: ID!, $deviceIds: [ID!]!) {\n    assignDevices(userId: $userId, deviceIds: $deviceIds) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.AssignDevicesDocument,
  '\n  mutation UnassignDevices($userId: ID!, $deviceIds: [ID!]!) {\n    unassignDevices(userId: $userId, deviceIds: $deviceIds) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UnassignDevicesDocument,
  '\n  mutation SetPrimaryContact($userId: ID!) {\n    setPrimaryContact(userId: $userId) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SetPrimaryContactDocument,
  '\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.DisableUserDocument,
  '\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n    grants {\n      role\n      account {\n        id\n        customerAccountNumber\n      }\n    }\n  }\n':
    types.ApiKeyRowFragmentDoc,
  '\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n': types.ApiKeysDocument,
  '\n  mutation CreateApiKey($name: String!, $grants: [RoleGrantInput!]!) {\n    createApiKey(name: $name, grants: $grants) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CreateApiKeyDocument,
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RevokeApiKeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession {\n    refreshSession {\n      session {\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshSession {\n    refreshSession {\n      session {\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionCheck {\n    me {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query SessionCheck {\n    me {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      name\n      email\n      staffRole\n      organization {\n        id\n        name\n      }\n      grants {\n        role\n        account {\n          id\n          name\n          customerAccountNumber\n        }\n      }\n      assignedDevices {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      name\n      email\n      staffRole\n      organization {\n        id\n        name\n      }\n      grants {\n        role\n        account {\n          id\n          name\n          customerAccountNumber\n        }\n      }\n      assignedDevices {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Accounts {\n    accounts {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n      organization {\n        id\n        name\n        primaryContact {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Accounts {\n    accounts {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n      organization {\n        id\n        name\n        primaryContact {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard(\n    $devices: Boolean!\n    $users: Boolean!\n    $orders: Boolean!\n    $readings: Boolean!\n    $stock: Boolean!\n  ) {\n    openOrders: serviceOrders(\n      first: 1\n      filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS] }\n    ) @include(if: $orders) {\n      totalCount\n    }\n    overdueOrders: serviceOrders(\n      first: 1\n      filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS], overdue: true }\n    ) @include(if: $orders) {\n      totalCount\n    }\n    meterReadingsDue(first: 1) @include(if: $readings) {\n      totalCount\n    }\n    stockLocations @include(if: $stock) {\n      id\n      levels {\n        belowMinimum\n        toner {\n          sku\n        }\n      }\n    }\n    devices(first: 1) @include(if: $devices) {\n      totalCount\n    }\n    removalRequested: devices(first: 1, filter: { status: [REMOVAL_REQUESTED] })\n      @include(if: $devices) {\n      totalCount\n    }\n    organization @include(if: $users) {\n      id\n      users(first: 1) {\n        totalCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard(\n    $devices: Boolean!\n    $users: Boolean!\n    $orders: Boolean!\n    $readings: Boolean!\n    $stock: Boolean!\n  ) {\n    openOrders: serviceOrders(\n      first: 1\n      filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS] }\n    ) @include(if: $orders) {\n      totalCount\n    }\n    overdueOrders: serviceOrders(\n      first: 1\n      filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS], overdue: true }\n    ) @include(if: $orders) {\n      totalCount\n    }\n    meterReadingsDue(first: 1) @include(if: $readings) {\n      totalCount\n    }\n    stockLocations @include(if: $stock) {\n      id\n      levels {\n        belowMinimum\n        toner {\n          sku\n        }\n      }\n    }\n    devices(first: 1) @include(if: $devices) {\n      totalCount\n    }\n    removalRequested: devices(first: 1, filter: { status: [REMOVAL_REQUESTED] })\n      @include(if: $devices) {\n      totalCount\n    }\n    organization @include(if: $users) {\n      id\n      users(first: 1) {\n        totalCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      session {\n        expiresAt\n      }\n      secondFactor {\n        challenge\n        methods\n        enrolmentRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      session {\n        expiresAt\n      }\n      secondFactor {\n        challenge\n        methods\n        enrolmentRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendConfirmation($email: String!) {\n    resendConfirmation(email: $email)\n  }\n',
): (typeof documents)['\n  mutation ResendConfirmation($email: String!) {\n    resendConfirmation(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeviceDetail on Device {\n    id\n    serialNumber\n    status\n    installedAt\n    eMaintenance\n    removalReason\n    model {\n      id\n      name\n      colour\n      pagesPerMinute\n      meters\n    }\n    account {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n    }\n    contract {\n      contractNumber\n      responseTimeHours\n      billedMeters\n      readingFrequency\n    }\n    location {\n      address\n      building\n      floor\n      room\n      note\n      contactName\n      contactPhone\n    }\n    locationHistory(first: 20) {\n      at\n      by\n      byName\n      location {\n        address\n        building\n        floor\n        room\n        note\n        contactName\n        contactPhone\n      }\n    }\n    statusHistory(first: 20) {\n      at\n      by\n      byName\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n',
): (typeof documents)['\n  fragment DeviceDetail on Device {\n    id\n    serialNumber\n    status\n    installedAt\n    eMaintenance\n    removalReason\n    model {\n      id\n      name\n      colour\n      pagesPerMinute\n      meters\n    }\n    account {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n    }\n    contract {\n      contractNumber\n      responseTimeHours\n      billedMeters\n      readingFrequency\n    }\n    location {\n      address\n      building\n      floor\n      room\n      note\n      contactName\n      contactPhone\n    }\n    locationHistory(first: 20) {\n      at\n      by\n      byName\n      location {\n        address\n        building\n        floor\n        room\n        note\n        contactName\n        contactPhone\n      }\n    }\n    statusHistory(first: 20) {\n      at\n      by\n      byName\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Device($id: ID!) {\n    device(id: $id) {\n      ...DeviceDetail\n    }\n  }\n',
): (typeof documents)['\n  query Device($id: ID!) {\n    device(id: $id) {\n      ...DeviceDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateDeviceLocation($deviceId: ID!, $location: DeviceLocationInput!) {\n    updateDeviceLocation(deviceId: $deviceId, location: $location) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateDeviceLocation($deviceId: ID!, $location: DeviceLocationInput!) {\n    updateDeviceLocation(deviceId: $deviceId, location: $location) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestDeviceRemoval($deviceId: ID!, $reason: String!) {\n    requestDeviceRemoval(deviceId: $deviceId, reason: $reason) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestDeviceRemoval($deviceId: ID!, $reason: String!) {\n    requestDeviceRemoval(deviceId: $deviceId, reason: $reason) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawDeviceRemovalRequest($deviceId: ID!) {\n    withdrawDeviceRemovalRequest(deviceId: $deviceId) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawDeviceRemovalRequest($deviceId: ID!) {\n    withdrawDeviceRemovalRequest(deviceId: $deviceId) {\n      device {\n        ...DeviceDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DeviceWork($id: ID!, $orders: Boolean!, $readings: Boolean!) {\n    device(id: $id) {\n      id\n      serviceOrders(first: 10) @include(if: $orders) {\n        totalCount\n        edges {\n          node {\n            ...OrderRow\n          }\n        }\n      }\n      meterReadingDue @include(if: $readings) {\n        dueDate\n        overdue\n        periodStart\n        periodEnd\n      }\n      meterReadings(first: 24) @include(if: $readings) {\n        totalCount\n        edges {\n          node {\n            ...MeterHistory\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DeviceWork($id: ID!, $orders: Boolean!, $readings: Boolean!) {\n    device(id: $id) {\n      id\n      serviceOrders(first: 10) @include(if: $orders) {\n        totalCount\n        edges {\n          node {\n            ...OrderRow\n          }\n        }\n      }\n      meterReadingDue @include(if: $readings) {\n        dueDate\n        overdue\n        periodStart\n        periodEnd\n      }\n      meterReadings(first: 24) @include(if: $readings) {\n        totalCount\n        edges {\n          node {\n            ...MeterHistory\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Devices($filter: DeviceFilter, $first: Int, $after: String) {\n    devices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serialNumber\n          status\n          eMaintenance\n          model {\n            id\n            name\n          }\n          account {\n            id\n            name\n            customerAccountNumber\n          }\n          location {\n            address\n            building\n            floor\n            room\n          }\n        }\n      }\n    }\n    accounts {\n      id\n      name\n      customerAccountNumber\n    }\n  }\n',
): (typeof documents)['\n  query Devices($filter: DeviceFilter, $first: Int, $after: String) {\n    devices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serialNumber\n          status\n          eMaintenance\n          model {\n            id\n            name\n          }\n          account {\n            id\n            name\n            customerAccountNumber\n          }\n          location {\n            address\n            building\n            floor\n            room\n          }\n        }\n      }\n    }\n    accounts {\n      id\n      name\n      customerAccountNumber\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KnowledgeArticle($slug: String!) {\n    knowledgeArticle(slug: $slug) {\n      id\n      slug\n      title\n      body\n      language\n      tags\n      errorCodes\n      relatedModels\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query KnowledgeArticle($slug: String!) {\n    knowledgeArticle(slug: $slug) {\n      id\n      slug\n      title\n      body\n      language\n      tags\n      errorCodes\n      relatedModels\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KnowledgeSearch($query: String, $language: String, $first: Int, $after: String) {\n    knowledgeArticles(query: $query, language: $language, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          language\n          tags\n          errorCodes\n          updatedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query KnowledgeSearch($query: String, $language: String, $first: Int, $after: String) {\n    knowledgeArticles(query: $query, language: $language, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          language\n          tags\n          errorCodes\n          updatedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderRow on ServiceOrder {\n    id\n    number\n    type\n    status\n    channel\n    submittedAt\n    responseDueAt\n    respondedAt\n    responseOverdue\n    scheduledVisitAt\n    technicianName\n    device {\n      id\n      serialNumber\n      account {\n        id\n        name\n        customerAccountNumber\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderRow on ServiceOrder {\n    id\n    number\n    type\n    status\n    channel\n    submittedAt\n    responseDueAt\n    respondedAt\n    responseOverdue\n    scheduledVisitAt\n    technicianName\n    device {\n      id\n      serialNumber\n      account {\n        id\n        name\n        customerAccountNumber\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KnowledgeSuggestions($description: String!, $errorCode: String, $language: String) {\n    knowledgeSuggestions(\n      description: $description\n      errorCode: $errorCode\n      first: 5\n      language: $language\n    ) {\n      id\n      slug\n      title\n      errorCodes\n    }\n  }\n',
): (typeof documents)['\n  query KnowledgeSuggestions($description: String!, $errorCode: String, $language: String) {\n    knowledgeSuggestions(\n      description: $description\n      errorCode: $errorCode\n      first: 5\n      language: $language\n    ) {\n      id\n      slug\n      title\n      errorCodes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateServiceOrder($input: CreateServiceOrderInput!) {\n    createServiceOrder(input: $input) {\n      serviceOrder {\n        id\n        number\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateServiceOrder($input: CreateServiceOrderInput!) {\n    createServiceOrder(input: $input) {\n      serviceOrder {\n        id\n        number\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ServiceOrderDetail on ServiceOrder {\n    id\n    number\n    type\n    status\n    channel\n    description\n    errorCode\n    contactName\n    contactPhone\n    contactEmail\n    submittedAt\n    receivedAt\n    responseDueAt\n    respondedAt\n    responseOverdue\n    scheduledVisitAt\n    technicianName\n    device {\n      id\n      serialNumber\n      model {\n        id\n        name\n      }\n      account {\n        id\n        name\n        customerAccountNumber\n      }\n      location {\n        address\n        building\n        floor\n        room\n      }\n    }\n    history {\n      at\n      by\n      fromStatus\n      toStatus\n      comment\n      internal\n    }\n  }\n',
): (typeof documents)['\n  fragment ServiceOrderDetail on ServiceOrder {\n    id\n    number\n    type\n    status\n    channel\n    description\n    errorCode\n    contactName\n    contactPhone\n    contactEmail\n    submittedAt\n    receivedAt\n    responseDueAt\n    respondedAt\n    responseOverdue\n    scheduledVisitAt\n    technicianName\n    device {\n      id\n      serialNumber\n      model {\n        id\n        name\n      }\n      account {\n        id\n        name\n        customerAccountNumber\n      }\n      location {\n        address\n        building\n        floor\n        room\n      }\n    }\n    history {\n      at\n      by\n      fromStatus\n      toStatus\n      comment\n      internal\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ServiceOrder($id: ID!, $staff: Boolean!) {\n    serviceOrder(id: $id) {\n      ...ServiceOrderDetail\n      technician @include(if: $staff) {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ServiceOrder($id: ID!, $staff: Boolean!) {\n    serviceOrder(id: $id) {\n      ...ServiceOrderDetail\n      technician @include(if: $staff) {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Technicians {\n    staffUsers(staffRole: TECHNICIAN) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query Technicians {\n    staffUsers(staffRole: TECHNICIAN) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelServiceOrder($id: ID!, $reason: String!) {\n    cancelServiceOrder(id: $id, reason: $reason) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelServiceOrder($id: ID!, $reason: String!) {\n    cancelServiceOrder(id: $id, reason: $reason) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CommentOnServiceOrder($id: ID!, $comment: String!, $internal: Boolean) {\n    commentOnServiceOrder(id: $id, comment: $comment, internal: $internal) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CommentOnServiceOrder($id: ID!, $comment: String!, $internal: Boolean) {\n    commentOnServiceOrder(id: $id, comment: $comment, internal: $internal) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeServiceOrder($id: ID!, $comment: String) {\n    acknowledgeServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeServiceOrder($id: ID!, $comment: String) {\n    acknowledgeServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleServiceOrder(\n    $id: ID!\n    $technicianId: ID!\n    $technicianName: String\n    $visitAt: DateTime!\n    $comment: String\n  ) {\n    scheduleServiceOrder(\n      id: $id\n      technicianId: $technicianId\n      technicianName: $technicianName\n      visitAt: $visitAt\n      comment: $comment\n    ) {\n      serviceOrder {\n        ...ServiceOrderDetail\n        technician {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleServiceOrder(\n    $id: ID!\n    $technicianId: ID!\n    $technicianName: String\n    $visitAt: DateTime!\n    $comment: String\n  ) {\n    scheduleServiceOrder(\n      id: $id\n      technicianId: $technicianId\n      technicianName: $technicianName\n      visitAt: $visitAt\n      comment: $comment\n    ) {\n      serviceOrder {\n        ...ServiceOrderDetail\n        technician {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartServiceOrder($id: ID!) {\n    startServiceOrder(id: $id) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StartServiceOrder($id: ID!) {\n    startServiceOrder(id: $id) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveServiceOrder($id: ID!, $comment: String!) {\n    resolveServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveServiceOrder($id: ID!, $comment: String!) {\n    resolveServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseServiceOrder($id: ID!, $comment: String) {\n    closeServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseServiceOrder($id: ID!, $comment: String) {\n    closeServiceOrder(id: $id, comment: $comment) {\n      serviceOrder {\n        ...ServiceOrderDetail\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ServiceOrders($filter: ServiceOrderFilter, $after: String) {\n    serviceOrders(first: 25, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ServiceOrders($filter: ServiceOrderFilter, $after: String) {\n    serviceOrders(first: 25, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrderableDevices {\n    devices(first: 100, filter: { status: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrderableDevices {\n    devices(first: 100, filter: { status: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeterHistory on MeterReading {\n    id\n    readingDate\n    source\n    submittedByName\n    averagePerDay\n    values {\n      meter\n      value\n      usageSincePrevious\n    }\n  }\n',
): (typeof documents)['\n  fragment MeterHistory on MeterReading {\n    id\n    readingDate\n    source\n    submittedByName\n    averagePerDay\n    values {\n      meter\n      value\n      usageSincePrevious\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitMeterReading($input: SubmitMeterReadingInput!) {\n    submitMeterReading(input: $input) {\n      meterReading {\n        id\n        readingDate\n        device {\n          id\n          latestMeterReading {\n            id\n          }\n          meterReadingDue {\n            dueDate\n            overdue\n            periodStart\n            periodEnd\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitMeterReading($input: SubmitMeterReadingInput!) {\n    submitMeterReading(input: $input) {\n      meterReading {\n        id\n        readingDate\n        device {\n          id\n          latestMeterReading {\n            id\n          }\n          meterReadingDue {\n            dueDate\n            overdue\n            periodStart\n            periodEnd\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeterReadingsDue {\n    meterReadingsDue(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n          account {\n            id\n            customerAccountNumber\n          }\n          meterReadingDue {\n            dueDate\n            overdue\n            periodStart\n            periodEnd\n          }\n          latestMeterReading {\n            id\n            readingDate\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeterReadingsDue {\n    meterReadingsDue(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n          account {\n            id\n            customerAccountNumber\n          }\n          meterReadingDue {\n            dueDate\n            overdue\n            periodStart\n            periodEnd\n          }\n          latestMeterReading {\n            id\n            readingDate\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DeviceIds($after: String) {\n    devices(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serialNumber\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DeviceIds($after: String) {\n    devices(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serialNumber\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitMeterReadings($inputs: [SubmitMeterReadingInput!]!) {\n    submitMeterReadings(inputs: $inputs) {\n      accepted\n      rejected\n      results {\n        index\n        meterReading {\n          id\n          readingDate\n        }\n        userErrors {\n          code\n          field\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitMeterReadings($inputs: [SubmitMeterReadingInput!]!) {\n    submitMeterReadings(inputs: $inputs) {\n      accepted\n      rejected\n      results {\n        index\n        meterReading {\n          id\n          readingDate\n        }\n        userErrors {\n          code\n          field\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Passkeys {\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n',
): (typeof documents)['\n  query Passkeys {\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifySecondFactor($challenge: String!, $code: String!) {\n    verifySecondFactor(challenge: $challenge, code: $code) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifySecondFactor($challenge: String!, $code: String!) {\n    verifySecondFactor(challenge: $challenge, code: $code) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignInSecurity {\n    me {\n      id\n      twoFactorEnabled\n    }\n    organization {\n      id\n      twoFactorRequired\n    }\n  }\n',
): (typeof documents)['\n  query SignInSecurity {\n    me {\n      id\n      twoFactorEnabled\n    }\n    organization {\n      id\n      twoFactorRequired\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTotp($code: String!) {\n    removeTotp(code: $code) {\n      user {\n        id\n        twoFactorEnabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveTotp($code: String!) {\n    removeTotp(code: $code) {\n      user {\n        id\n        twoFactorEnabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetOrganizationTwoFactorRequired($required: Boolean!) {\n    setOrganizationTwoFactorRequired(required: $required) {\n      organization {\n        id\n        twoFactorRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetOrganizationTwoFactorRequired($required: Boolean!) {\n    setOrganizationTwoFactorRequired(required: $required) {\n      organization {\n        id\n        twoFactorRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeginTotpEnrolment($challenge: String) {\n    beginTotpEnrolment(challenge: $challenge) {\n      otpauthUri\n      secret\n      qrCodeSvg\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BeginTotpEnrolment($challenge: String) {\n    beginTotpEnrolment(challenge: $challenge) {\n      otpauthUri\n      secret\n      qrCodeSvg\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmTotpEnrolment($code: String!, $challenge: String) {\n    confirmTotpEnrolment(code: $code, challenge: $challenge) {\n      recoveryCodes\n      signIn {\n        session {\n          expiresAt\n        }\n        userErrors {\n          code\n          field\n          message\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmTotpEnrolment($code: String!, $challenge: String) {\n    confirmTotpEnrolment(code: $code, challenge: $challenge) {\n      recoveryCodes\n      signIn {\n        session {\n          expiresAt\n        }\n        userErrors {\n          code\n          field\n          message\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      ceremony\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      ceremony\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FinishPasskeyRegistration($ceremony: String!, $response: String!, $name: String) {\n    finishPasskeyRegistration(ceremony: $ceremony, response: $response, name: $name) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation FinishPasskeyRegistration($ceremony: String!, $response: String!, $name: String) {\n    finishPasskeyRegistration(ceremony: $ceremony, response: $response, name: $name) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeginPasskeySignIn($challenge: String) {\n    beginPasskeySignIn(challenge: $challenge) {\n      ceremony\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BeginPasskeySignIn($challenge: String) {\n    beginPasskeySignIn(challenge: $challenge) {\n      ceremony\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FinishPasskeySignIn($ceremony: String!, $response: String!) {\n    finishPasskeySignIn(ceremony: $ceremony, response: $response) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation FinishPasskeySignIn($ceremony: String!, $response: String!) {\n    finishPasskeySignIn(ceremony: $ceremony, response: $response) {\n      session {\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrderQueue($statuses: [ServiceOrderStatus!]) {\n    overdue: serviceOrders(first: 100, filter: { status: $statuses, overdue: true }) {\n      totalCount\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n    onTime: serviceOrders(first: 100, filter: { status: $statuses, overdue: false }) {\n      totalCount\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrderQueue($statuses: [ServiceOrderStatus!]) {\n    overdue: serviceOrders(first: 100, filter: { status: $statuses, overdue: true }) {\n      totalCount\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n    onTime: serviceOrders(first: 100, filter: { status: $statuses, overdue: false }) {\n      totalCount\n      edges {\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffAccounts {\n    accounts {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n      creditStatus\n      organization {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StaffAccounts {\n    accounts {\n      id\n      name\n      customerAccountNumber\n      systemAccountNumber\n      creditStatus\n      organization {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffPaymentHistory($first: Int) {\n    accounts {\n      id\n      paymentHistory(first: $first) {\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            invoiceNumber\n            invoiceDate\n            amount\n            currency\n            paidAt\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StaffPaymentHistory($first: Int) {\n    accounts {\n      id\n      paymentHistory(first: $first) {\n        pageInfo {\n          hasNextPage\n        }\n        edges {\n          node {\n            invoiceNumber\n            invoiceDate\n            amount\n            currency\n            paidAt\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StockLocationView on StockLocation {\n    id\n    name\n    address\n    shippingInstructions\n    contactName\n    account {\n      id\n      name\n      customerAccountNumber\n    }\n    levels {\n      quantity\n      minimumLevel\n      targetLevel\n      inShipment\n      belowMinimum\n      countedAt\n      toner {\n        sku\n        name\n        colour\n      }\n    }\n    devices {\n      id\n      serialNumber\n    }\n    shipments(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          quantity\n          reason\n          createdAt\n          dispatchedAt\n          deliveredAt\n          toner {\n            sku\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment StockLocationView on StockLocation {\n    id\n    name\n    address\n    shippingInstructions\n    contactName\n    account {\n      id\n      name\n      customerAccountNumber\n    }\n    levels {\n      quantity\n      minimumLevel\n      targetLevel\n      inShipment\n      belowMinimum\n      countedAt\n      toner {\n        sku\n        name\n        colour\n      }\n    }\n    devices {\n      id\n      serialNumber\n    }\n    shipments(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          quantity\n          reason\n          createdAt\n          dispatchedAt\n          deliveredAt\n          toner {\n            sku\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StockLocations {\n    stockLocations {\n      ...StockLocationView\n    }\n  }\n',
): (typeof documents)['\n  query StockLocations {\n    stockLocations {\n      ...StockLocationView\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordStockCount($stockLocationId: ID!, $counts: [StockCountInput!]!) {\n    recordStockCount(stockLocationId: $stockLocationId, counts: $counts) {\n      stockLocation {\n        ...StockLocationView\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordStockCount($stockLocationId: ID!, $counts: [StockCountInput!]!) {\n    recordStockCount(stockLocationId: $stockLocationId, counts: $counts) {\n      stockLocation {\n        ...StockLocationView\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmShipmentDelivered($id: ID!) {\n    confirmShipmentDelivered(id: $id) {\n      shipment {\n        id\n        status\n        deliveredAt\n        stockLocation {\n          ...StockLocationView\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmShipmentDelivered($id: ID!) {\n    confirmShipmentDelivered(id: $id) {\n      shipment {\n        id\n        status\n        deliveredAt\n        stockLocation {\n          ...StockLocationView\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserRow on User {\n    id\n    name\n    email\n    status\n    grants {\n      role\n      account {\n        id\n        customerAccountNumber\n      }\n    }\n    assignedDevices {\n      id\n      serialNumber\n      account {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment UserRow on User {\n    id\n    name\n    email\n    status\n    grants {\n      role\n      account {\n        id\n        customerAccountNumber\n      }\n    }\n    assignedDevices {\n      id\n      serialNumber\n      account {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users($first: Int, $after: String) {\n    organization {\n      id\n      name\n      primaryContact {\n        id\n      }\n      accounts {\n        id\n        name\n        customerAccountNumber\n      }\n      users(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...UserRow\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Users($first: Int, $after: String) {\n    organization {\n      id\n      name\n      primaryContact {\n        id\n      }\n      accounts {\n        id\n        name\n        customerAccountNumber\n      }\n      users(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...UserRow\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignableDevices {\n    devices(first: 100) {\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n          account {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssignableDevices {\n    devices(first: 100) {\n      edges {\n        node {\n          id\n          serialNumber\n          model {\n            id\n            name\n          }\n          account {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GrantRole($userId: ID!, $grant: RoleGrantInput!) {\n    grantRole(userId: $userId, grant: $grant) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation GrantRole($userId: ID!, $grant: RoleGrantInput!) {\n    grantRole(userId: $userId, grant: $grant) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeRole($userId: ID!, $grant: RoleGrantInput!) {\n    revokeRole(userId: $userId, grant: $grant) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeRole($userId: ID!, $grant: RoleGrantInput!) {\n    revokeRole(userId: $userId, grant: $grant) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignDevices($userId: ID!, $deviceIds: [ID!]!) {\n    assignDevices(userId: $userId, deviceIds: $deviceIds) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignDevices($userId: ID!, $deviceIds: [ID!]!) {\n    assignDevices(userId: $userId, deviceIds: $deviceIds) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnassignDevices($userId: ID!, $deviceIds: [ID!]!) {\n    unassignDevices(userId: $userId, deviceIds: $deviceIds) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UnassignDevices($userId: ID!, $deviceIds: [ID!]!) {\n    unassignDevices(userId: $userId, deviceIds: $deviceIds) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPrimaryContact($userId: ID!) {\n    setPrimaryContact(userId: $userId) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPrimaryContact($userId: ID!) {\n    setPrimaryContact(userId: $userId) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        ...UserRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n    grants {\n      role\n      account {\n        id\n        customerAccountNumber\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n    grants {\n      role\n      account {\n        id\n        customerAccountNumber\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n',
): (typeof documents)['\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiKey($name: String!, $grants: [RoleGrantInput!]!) {\n    createApiKey(name: $name, grants: $grants) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiKey($name: String!, $grants: [RoleGrantInput!]!) {\n    createApiKey(name: $name, grants: $grants) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
