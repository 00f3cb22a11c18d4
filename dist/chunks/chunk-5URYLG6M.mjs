import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_package
} from "./chunk-AQP7U6WJ.mjs";
import {
  require_src as require_src2
} from "./chunk-P7XAWB4I.mjs";
import {
  CredentialsError,
  ROLES,
  accessAdvice,
  findCredentials,
  noCredentials
} from "./chunk-5AOMNDTN.mjs";
import {
  require_src2 as require_src
} from "./chunk-3FTY7FXV.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-LCBWELZU.mjs";

// trimmed-protos:google.cloud.aiplatform.v1.PipelineService (protos.json)
var require_google_cloud_aiplatform_v1_PipelineService_protos = __commonJS({
  "trimmed-protos:google.cloud.aiplatform.v1.PipelineService (protos.json)"(exports, module) {
    module.exports = JSON.parse('{"nested":{"google":{"nested":{"cloud":{"nested":{"aiplatform":{"nested":{"v1":{"options":{"csharp_namespace":"Google.Cloud.AIPlatform.V1","go_package":"cloud.google.com/go/aiplatform/apiv1/aiplatformpb;aiplatformpb","java_multiple_files":true,"java_outer_classname":"VizierServiceProto","java_package":"com.google.cloud.aiplatform.v1","php_namespace":"Google\\\\Cloud\\\\AIPlatform\\\\V1","ruby_package":"Google::Cloud::AIPlatform::V1","(google.api.resource_definition).type":"developerconnect.googleapis.com/GitRepositoryLink","(google.api.resource_definition).pattern":"projects/{project}/locations/{location}/connections/{connection}/gitRepositoryLinks/{git_repository_link}"},"nested":{"Artifact":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/Artifact","(google.api.resource).pattern":"projects/{project}/locations/{location}/metadataStores/{metadata_store}/artifacts/{artifact}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"displayName":{"type":"string","id":2},"uri":{"type":"string","id":6},"etag":{"type":"string","id":9},"labels":{"keyType":"string","type":"string","id":10},"createTime":{"type":"google.protobuf.Timestamp","id":11,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":12,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"state":{"type":"State","id":13},"schemaTitle":{"type":"string","id":14},"schemaVersion":{"type":"string","id":15},"metadata":{"type":"google.protobuf.Struct","id":16},"description":{"type":"string","id":17}},"nested":{"State":{"values":{"STATE_UNSPECIFIED":0,"PENDING":1,"LIVE":2}}}},"EncryptionSpec":{"fields":{"kmsKeyName":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"ExplanationSpec":{"fields":{"parameters":{"type":"ExplanationParameters","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"metadata":{"type":"ExplanationMetadata","id":2,"options":{"(google.api.field_behavior)":"OPTIONAL"}}}},"ExplanationParameters":{"oneofs":{"method":{"oneof":["sampledShapleyAttribution","integratedGradientsAttribution","xraiAttribution","examples"]}},"fields":{"sampledShapleyAttribution":{"type":"SampledShapleyAttribution","id":1},"integratedGradientsAttribution":{"type":"IntegratedGradientsAttribution","id":2},"xraiAttribution":{"type":"XraiAttribution","id":3},"examples":{"type":"Examples","id":7},"topK":{"type":"int32","id":4},"outputIndices":{"type":"google.protobuf.ListValue","id":5}}},"SampledShapleyAttribution":{"fields":{"pathCount":{"type":"int32","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"IntegratedGradientsAttribution":{"fields":{"stepCount":{"type":"int32","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"smoothGradConfig":{"type":"SmoothGradConfig","id":2},"blurBaselineConfig":{"type":"BlurBaselineConfig","id":3}}},"XraiAttribution":{"fields":{"stepCount":{"type":"int32","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"smoothGradConfig":{"type":"SmoothGradConfig","id":2},"blurBaselineConfig":{"type":"BlurBaselineConfig","id":3}}},"SmoothGradConfig":{"oneofs":{"GradientNoiseSigma":{"oneof":["noiseSigma","featureNoiseSigma"]}},"fields":{"noiseSigma":{"type":"float","id":1},"featureNoiseSigma":{"type":"FeatureNoiseSigma","id":2},"noisySampleCount":{"type":"int32","id":3}}},"FeatureNoiseSigma":{"fields":{"noiseSigma":{"rule":"repeated","type":"NoiseSigmaForFeature","id":1}},"nested":{"NoiseSigmaForFeature":{"fields":{"name":{"type":"string","id":1},"sigma":{"type":"float","id":2}}}}},"BlurBaselineConfig":{"fields":{"maxBlurSigma":{"type":"float","id":1}}},"Examples":{"oneofs":{"source":{"oneof":["exampleGcsSource"]},"config":{"oneof":["nearestNeighborSearchConfig","presets"]}},"fields":{"exampleGcsSource":{"type":"ExampleGcsSource","id":5},"nearestNeighborSearchConfig":{"type":"google.protobuf.Value","id":2},"presets":{"type":"Presets","id":4},"neighborCount":{"type":"int32","id":3}},"nested":{"ExampleGcsSource":{"fields":{"dataFormat":{"type":"DataFormat","id":1},"gcsSource":{"type":"GcsSource","id":2}},"nested":{"DataFormat":{"values":{"DATA_FORMAT_UNSPECIFIED":0,"JSONL":1}}}}}},"Presets":{"oneofs":{"_query":{"oneof":["query"]}},"fields":{"query":{"type":"Query","id":1,"options":{"proto3_optional":true}},"modality":{"type":"Modality","id":2}},"nested":{"Query":{"values":{"PRECISE":0,"FAST":1}},"Modality":{"values":{"MODALITY_UNSPECIFIED":0,"IMAGE":1,"TEXT":2,"TABULAR":3}}}},"ExplanationMetadata":{"fields":{"inputs":{"keyType":"string","type":"InputMetadata","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"outputs":{"keyType":"string","type":"OutputMetadata","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"featureAttributionsSchemaUri":{"type":"string","id":3},"latentSpaceSource":{"type":"string","id":5}},"nested":{"InputMetadata":{"fields":{"inputBaselines":{"rule":"repeated","type":"google.protobuf.Value","id":1},"inputTensorName":{"type":"string","id":2},"encoding":{"type":"Encoding","id":3},"modality":{"type":"string","id":4},"featureValueDomain":{"type":"FeatureValueDomain","id":5},"indicesTensorName":{"type":"string","id":6},"denseShapeTensorName":{"type":"string","id":7},"indexFeatureMapping":{"rule":"repeated","type":"string","id":8},"encodedTensorName":{"type":"string","id":9},"encodedBaselines":{"rule":"repeated","type":"google.protobuf.Value","id":10},"visualization":{"type":"Visualization","id":11},"groupName":{"type":"string","id":12}},"nested":{"FeatureValueDomain":{"fields":{"minValue":{"type":"float","id":1},"maxValue":{"type":"float","id":2},"originalMean":{"type":"float","id":3},"originalStddev":{"type":"float","id":4}}},"Visualization":{"fields":{"type":{"type":"Type","id":1},"polarity":{"type":"Polarity","id":2},"colorMap":{"type":"ColorMap","id":3},"clipPercentUpperbound":{"type":"float","id":4},"clipPercentLowerbound":{"type":"float","id":5},"overlayType":{"type":"OverlayType","id":6}},"nested":{"Type":{"values":{"TYPE_UNSPECIFIED":0,"PIXELS":1,"OUTLINES":2}},"Polarity":{"values":{"POLARITY_UNSPECIFIED":0,"POSITIVE":1,"NEGATIVE":2,"BOTH":3}},"ColorMap":{"values":{"COLOR_MAP_UNSPECIFIED":0,"PINK_GREEN":1,"VIRIDIS":2,"RED":3,"GREEN":4,"RED_GREEN":6,"PINK_WHITE_GREEN":5}},"OverlayType":{"values":{"OVERLAY_TYPE_UNSPECIFIED":0,"NONE":1,"ORIGINAL":2,"GRAYSCALE":3,"MASK_BLACK":4}}}},"Encoding":{"values":{"ENCODING_UNSPECIFIED":0,"IDENTITY":1,"BAG_OF_FEATURES":2,"BAG_OF_FEATURES_SPARSE":3,"INDICATOR":4,"COMBINED_EMBEDDING":5,"CONCAT_EMBEDDING":6}}}},"OutputMetadata":{"oneofs":{"displayNameMapping":{"oneof":["indexDisplayNameMapping","displayNameMappingKey"]}},"fields":{"indexDisplayNameMapping":{"type":"google.protobuf.Value","id":1},"displayNameMappingKey":{"type":"string","id":2},"outputTensorName":{"type":"string","id":3}}}}},"GcsSource":{"fields":{"uris":{"rule":"repeated","type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"GcsDestination":{"fields":{"outputUriPrefix":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"BigQueryDestination":{"fields":{"outputUri":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"Model":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/Model","(google.api.resource).pattern":"projects/{project}/locations/{location}/models/{model}"},"fields":{"name":{"type":"string","id":1},"versionId":{"type":"string","id":28,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"versionAliases":{"rule":"repeated","type":"string","id":29},"versionCreateTime":{"type":"google.protobuf.Timestamp","id":31,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"versionUpdateTime":{"type":"google.protobuf.Timestamp","id":32,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"displayName":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"description":{"type":"string","id":3},"versionDescription":{"type":"string","id":30},"defaultCheckpointId":{"type":"string","id":53},"predictSchemata":{"type":"PredictSchemata","id":4},"metadataSchemaUri":{"type":"string","id":5,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"metadata":{"type":"google.protobuf.Value","id":6,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"supportedExportFormats":{"rule":"repeated","type":"ExportFormat","id":20,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"trainingPipeline":{"type":"string","id":7,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY","(google.api.resource_reference).type":"aiplatform.googleapis.com/TrainingPipeline"}},"pipelineJob":{"type":"string","id":47,"options":{"(google.api.field_behavior)":"OPTIONAL","(google.api.resource_reference).type":"aiplatform.googleapis.com/PipelineJob"}},"containerSpec":{"type":"ModelContainerSpec","id":9,"options":{"(google.api.field_behavior)":"INPUT_ONLY"}},"artifactUri":{"type":"string","id":26,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"supportedDeploymentResourcesTypes":{"rule":"repeated","type":"DeploymentResourcesType","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"supportedInputStorageFormats":{"rule":"repeated","type":"string","id":11,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"supportedOutputStorageFormats":{"rule":"repeated","type":"string","id":12,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"createTime":{"type":"google.protobuf.Timestamp","id":13,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":14,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"deployedModels":{"rule":"repeated","type":"DeployedModelRef","id":15,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"explanationSpec":{"type":"ExplanationSpec","id":23},"etag":{"type":"string","id":16},"labels":{"keyType":"string","type":"string","id":17},"dataStats":{"type":"DataStats","id":21},"encryptionSpec":{"type":"EncryptionSpec","id":24},"modelSourceInfo":{"type":"ModelSourceInfo","id":38,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"originalModelInfo":{"type":"OriginalModelInfo","id":34,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"metadataArtifact":{"type":"string","id":44,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"baseModelSource":{"type":"BaseModelSource","id":50,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"satisfiesPzs":{"type":"bool","id":51,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"satisfiesPzi":{"type":"bool","id":52,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"checkpoints":{"rule":"repeated","type":"Checkpoint","id":57,"options":{"(google.api.field_behavior)":"OPTIONAL"}}},"nested":{"ExportFormat":{"fields":{"id":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"exportableContents":{"rule":"repeated","type":"ExportableContent","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}},"nested":{"ExportableContent":{"values":{"EXPORTABLE_CONTENT_UNSPECIFIED":0,"ARTIFACT":1,"IMAGE":2}}}},"DataStats":{"fields":{"trainingDataItemsCount":{"type":"int64","id":1},"validationDataItemsCount":{"type":"int64","id":2},"testDataItemsCount":{"type":"int64","id":3},"trainingAnnotationsCount":{"type":"int64","id":4},"validationAnnotationsCount":{"type":"int64","id":5},"testAnnotationsCount":{"type":"int64","id":6}}},"OriginalModelInfo":{"fields":{"model":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY","(google.api.resource_reference).type":"aiplatform.googleapis.com/Model"}}}},"BaseModelSource":{"oneofs":{"source":{"oneof":["modelGardenSource","genieSource"]}},"fields":{"modelGardenSource":{"type":"ModelGardenSource","id":1},"genieSource":{"type":"GenieSource","id":2}}},"DeploymentResourcesType":{"values":{"DEPLOYMENT_RESOURCES_TYPE_UNSPECIFIED":0,"DEDICATED_RESOURCES":1,"AUTOMATIC_RESOURCES":2,"SHARED_RESOURCES":3}}}},"ModelGardenSource":{"fields":{"publicModelName":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"versionId":{"type":"string","id":3,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"skipHfModelCache":{"type":"bool","id":4,"options":{"(google.api.field_behavior)":"OPTIONAL"}}}},"GenieSource":{"fields":{"baseModelUri":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"PredictSchemata":{"fields":{"instanceSchemaUri":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"parametersSchemaUri":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"predictionSchemaUri":{"type":"string","id":3,"options":{"(google.api.field_behavior)":"IMMUTABLE"}}}},"ModelContainerSpec":{"fields":{"imageUri":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"command":{"rule":"repeated","type":"string","id":2,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"args":{"rule":"repeated","type":"string","id":3,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"env":{"rule":"repeated","type":"EnvVar","id":4,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"ports":{"rule":"repeated","type":"Port","id":5,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"predictRoute":{"type":"string","id":6,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"healthRoute":{"type":"string","id":7,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"invokeRoutePrefix":{"type":"string","id":15,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"grpcPorts":{"rule":"repeated","type":"Port","id":9,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"deploymentTimeout":{"type":"google.protobuf.Duration","id":10,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"sharedMemorySizeMb":{"type":"int64","id":11,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"startupProbe":{"type":"Probe","id":12,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"healthProbe":{"type":"Probe","id":13,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"livenessProbe":{"type":"Probe","id":14,"options":{"(google.api.field_behavior)":"IMMUTABLE"}}}},"Port":{"fields":{"containerPort":{"type":"int32","id":3}}},"ModelSourceInfo":{"fields":{"sourceType":{"type":"ModelSourceType","id":1},"copy":{"type":"bool","id":2}},"nested":{"ModelSourceType":{"values":{"MODEL_SOURCE_TYPE_UNSPECIFIED":0,"AUTOML":1,"CUSTOM":2,"BQML":3,"MODEL_GARDEN":4,"GENIE":5,"CUSTOM_TEXT_EMBEDDING":6,"MARKETPLACE":7}}}},"Probe":{"oneofs":{"probeType":{"oneof":["exec","httpGet","grpc","tcpSocket"]}},"fields":{"exec":{"type":"ExecAction","id":1},"httpGet":{"type":"HttpGetAction","id":4},"grpc":{"type":"GrpcAction","id":5},"tcpSocket":{"type":"TcpSocketAction","id":6},"periodSeconds":{"type":"int32","id":2},"timeoutSeconds":{"type":"int32","id":3},"failureThreshold":{"type":"int32","id":7},"successThreshold":{"type":"int32","id":8},"initialDelaySeconds":{"type":"int32","id":9}},"nested":{"ExecAction":{"fields":{"command":{"rule":"repeated","type":"string","id":1}}},"HttpGetAction":{"fields":{"path":{"type":"string","id":1},"port":{"type":"int32","id":2},"host":{"type":"string","id":3},"scheme":{"type":"string","id":4},"httpHeaders":{"rule":"repeated","type":"HttpHeader","id":5}}},"GrpcAction":{"fields":{"port":{"type":"int32","id":1},"service":{"type":"string","id":2}}},"TcpSocketAction":{"fields":{"port":{"type":"int32","id":1},"host":{"type":"string","id":2}}},"HttpHeader":{"fields":{"name":{"type":"string","id":1},"value":{"type":"string","id":2}}}}},"Checkpoint":{"fields":{"checkpointId":{"type":"string","id":1},"epoch":{"type":"int64","id":2},"step":{"type":"int64","id":3}}},"DeployedModelRef":{"fields":{"endpoint":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"IMMUTABLE","(google.api.resource_reference).type":"aiplatform.googleapis.com/Endpoint"}},"deployedModelId":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"IMMUTABLE"}}}},"EnvVar":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"value":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"Context":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/Context","(google.api.resource).pattern":"projects/{project}/locations/{location}/metadataStores/{metadata_store}/contexts/{context}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"IMMUTABLE"}},"displayName":{"type":"string","id":2},"etag":{"type":"string","id":8},"labels":{"keyType":"string","type":"string","id":9},"createTime":{"type":"google.protobuf.Timestamp","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":11,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"parentContexts":{"rule":"repeated","type":"string","id":12,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY","(google.api.resource_reference).type":"aiplatform.googleapis.com/Context"}},"schemaTitle":{"type":"string","id":13},"schemaVersion":{"type":"string","id":14},"metadata":{"type":"google.protobuf.Struct","id":15},"description":{"type":"string","id":16}}},"PscInterfaceConfig":{"fields":{"networkAttachment":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OPTIONAL","(google.api.resource_reference).type":"compute.googleapis.com/NetworkAttachment"}},"dnsPeeringConfigs":{"rule":"repeated","type":"DnsPeeringConfig","id":2,"options":{"(google.api.field_behavior)":"OPTIONAL"}}}},"DnsPeeringConfig":{"fields":{"domain":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"targetProject":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"targetNetwork":{"type":"string","id":3,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"GenericOperationMetadata":{"fields":{"partialFailures":{"rule":"repeated","type":"google.rpc.Status","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"createTime":{"type":"google.protobuf.Timestamp","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"DeleteOperationMetadata":{"fields":{"genericMetadata":{"type":"GenericOperationMetadata","id":1}}},"Execution":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/Execution","(google.api.resource).pattern":"projects/{project}/locations/{location}/metadataStores/{metadata_store}/executions/{execution}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"displayName":{"type":"string","id":2},"state":{"type":"State","id":6},"etag":{"type":"string","id":9},"labels":{"keyType":"string","type":"string","id":10},"createTime":{"type":"google.protobuf.Timestamp","id":11,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":12,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"schemaTitle":{"type":"string","id":13},"schemaVersion":{"type":"string","id":14},"metadata":{"type":"google.protobuf.Struct","id":15},"description":{"type":"string","id":16}},"nested":{"State":{"values":{"STATE_UNSPECIFIED":0,"NEW":1,"RUNNING":2,"COMPLETE":3,"FAILED":4,"CACHED":5,"CANCELLED":6}}}},"PipelineFailurePolicy":{"values":{"PIPELINE_FAILURE_POLICY_UNSPECIFIED":0,"PIPELINE_FAILURE_POLICY_FAIL_SLOW":1,"PIPELINE_FAILURE_POLICY_FAIL_FAST":2}},"PipelineJob":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/PipelineJob","(google.api.resource).pattern":"projects/{project}/locations/{location}/pipelineJobs/{pipeline_job}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"displayName":{"type":"string","id":2},"createTime":{"type":"google.protobuf.Timestamp","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"startTime":{"type":"google.protobuf.Timestamp","id":4,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"endTime":{"type":"google.protobuf.Timestamp","id":5,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":6,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"pipelineSpec":{"type":"google.protobuf.Struct","id":7},"state":{"type":"PipelineState","id":8,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"jobDetail":{"type":"PipelineJobDetail","id":9,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"error":{"type":"google.rpc.Status","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"labels":{"keyType":"string","type":"string","id":11},"runtimeConfig":{"type":"RuntimeConfig","id":12},"encryptionSpec":{"type":"EncryptionSpec","id":16},"serviceAccount":{"type":"string","id":17},"network":{"type":"string","id":18,"options":{"(google.api.resource_reference).type":"compute.googleapis.com/Network"}},"reservedIpRanges":{"rule":"repeated","type":"string","id":25},"pscInterfaceConfig":{"type":"PscInterfaceConfig","id":31,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"templateUri":{"type":"string","id":19},"templateMetadata":{"type":"PipelineTemplateMetadata","id":20,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"scheduleName":{"type":"string","id":22,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"preflightValidations":{"type":"bool","id":26,"options":{"(google.api.field_behavior)":"OPTIONAL"}}},"nested":{"RuntimeConfig":{"fields":{"parameters":{"keyType":"string","type":"Value","id":1,"options":{"deprecated":true}},"gcsOutputDirectory":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"parameterValues":{"keyType":"string","type":"google.protobuf.Value","id":3},"failurePolicy":{"type":"PipelineFailurePolicy","id":4},"inputArtifacts":{"keyType":"string","type":"InputArtifact","id":5}},"nested":{"InputArtifact":{"oneofs":{"kind":{"oneof":["artifactId"]}},"fields":{"artifactId":{"type":"string","id":1}}}}}}},"PipelineTemplateMetadata":{"fields":{"version":{"type":"string","id":3}}},"PipelineJobDetail":{"fields":{"pipelineContext":{"type":"Context","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"pipelineRunContext":{"type":"Context","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"taskDetails":{"rule":"repeated","type":"PipelineTaskDetail","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"PipelineTaskDetail":{"fields":{"taskId":{"type":"int64","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"parentTaskId":{"type":"int64","id":12,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"taskName":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"createTime":{"type":"google.protobuf.Timestamp","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"startTime":{"type":"google.protobuf.Timestamp","id":4,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"endTime":{"type":"google.protobuf.Timestamp","id":5,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"executorDetail":{"type":"PipelineTaskExecutorDetail","id":6,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"state":{"type":"State","id":7,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"execution":{"type":"Execution","id":8,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"error":{"type":"google.rpc.Status","id":9,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"pipelineTaskStatus":{"rule":"repeated","type":"PipelineTaskStatus","id":13,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"inputs":{"keyType":"string","type":"ArtifactList","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"outputs":{"keyType":"string","type":"ArtifactList","id":11,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"taskUniqueName":{"type":"string","id":14,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}},"nested":{"PipelineTaskStatus":{"fields":{"updateTime":{"type":"google.protobuf.Timestamp","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"state":{"type":"State","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"error":{"type":"google.rpc.Status","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"ArtifactList":{"fields":{"artifacts":{"rule":"repeated","type":"Artifact","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"State":{"values":{"STATE_UNSPECIFIED":0,"PENDING":1,"RUNNING":2,"SUCCEEDED":3,"CANCEL_PENDING":4,"CANCELLING":5,"CANCELLED":6,"FAILED":7,"SKIPPED":8,"NOT_TRIGGERED":9}}}},"PipelineTaskExecutorDetail":{"oneofs":{"details":{"oneof":["containerDetail","customJobDetail"]}},"fields":{"containerDetail":{"type":"ContainerDetail","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"customJobDetail":{"type":"CustomJobDetail","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}},"nested":{"ContainerDetail":{"fields":{"mainJob":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY","(google.api.resource_reference).type":"aiplatform.googleapis.com/CustomJob"}},"preCachingCheckJob":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY","(google.api.resource_reference).type":"aiplatform.googleapis.com/CustomJob"}},"failedMainJobs":{"rule":"repeated","type":"string","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"failedPreCachingCheckJobs":{"rule":"repeated","type":"string","id":4,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}},"CustomJobDetail":{"fields":{"job":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY","(google.api.resource_reference).type":"aiplatform.googleapis.com/CustomJob"}},"failedJobs":{"rule":"repeated","type":"string","id":3,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}}}}}},"PipelineState":{"values":{"PIPELINE_STATE_UNSPECIFIED":0,"PIPELINE_STATE_QUEUED":1,"PIPELINE_STATE_PENDING":2,"PIPELINE_STATE_RUNNING":3,"PIPELINE_STATE_SUCCEEDED":4,"PIPELINE_STATE_FAILED":5,"PIPELINE_STATE_CANCELLING":6,"PIPELINE_STATE_CANCELLED":7,"PIPELINE_STATE_PAUSED":8}},"Value":{"oneofs":{"value":{"oneof":["intValue","doubleValue","stringValue"]}},"fields":{"intValue":{"type":"int64","id":1},"doubleValue":{"type":"double","id":2},"stringValue":{"type":"string","id":3}}},"PipelineService":{"options":{"(google.api.default_host)":"aiplatform.googleapis.com","(google.api.oauth_scopes)":"https://www.googleapis.com/auth/cloud-platform"},"methods":{"CreateTrainingPipeline":{"requestType":"CreateTrainingPipelineRequest","responseType":"TrainingPipeline","options":{"(google.api.http).post":"/v1/{parent=projects/*/locations/*}/trainingPipelines","(google.api.http).body":"training_pipeline","(google.api.method_signature)":"parent,training_pipeline"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{parent=projects/*/locations/*}/trainingPipelines","body":"training_pipeline"}},{"(google.api.method_signature)":"parent,training_pipeline"}]},"GetTrainingPipeline":{"requestType":"GetTrainingPipelineRequest","responseType":"TrainingPipeline","options":{"(google.api.http).get":"/v1/{name=projects/*/locations/*/trainingPipelines/*}","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=projects/*/locations/*/trainingPipelines/*}"}},{"(google.api.method_signature)":"name"}]},"ListTrainingPipelines":{"requestType":"ListTrainingPipelinesRequest","responseType":"ListTrainingPipelinesResponse","options":{"(google.api.http).get":"/v1/{parent=projects/*/locations/*}/trainingPipelines","(google.api.method_signature)":"parent"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{parent=projects/*/locations/*}/trainingPipelines"}},{"(google.api.method_signature)":"parent"}]},"DeleteTrainingPipeline":{"requestType":"DeleteTrainingPipelineRequest","responseType":"google.longrunning.Operation","options":{"(google.api.http).delete":"/v1/{name=projects/*/locations/*/trainingPipelines/*}","(google.api.method_signature)":"name","(google.longrunning.operation_info).response_type":"google.protobuf.Empty","(google.longrunning.operation_info).metadata_type":"DeleteOperationMetadata"},"parsedOptions":[{"(google.api.http)":{"delete":"/v1/{name=projects/*/locations/*/trainingPipelines/*}"}},{"(google.api.method_signature)":"name"},{"(google.longrunning.operation_info)":{"response_type":"google.protobuf.Empty","metadata_type":"DeleteOperationMetadata"}}]},"CancelTrainingPipeline":{"requestType":"CancelTrainingPipelineRequest","responseType":"google.protobuf.Empty","options":{"(google.api.http).post":"/v1/{name=projects/*/locations/*/trainingPipelines/*}:cancel","(google.api.http).body":"*","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{name=projects/*/locations/*/trainingPipelines/*}:cancel","body":"*"}},{"(google.api.method_signature)":"name"}]},"CreatePipelineJob":{"requestType":"CreatePipelineJobRequest","responseType":"PipelineJob","options":{"(google.api.http).post":"/v1/{parent=projects/*/locations/*}/pipelineJobs","(google.api.http).body":"pipeline_job","(google.api.method_signature)":"parent,pipeline_job,pipeline_job_id"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{parent=projects/*/locations/*}/pipelineJobs","body":"pipeline_job"}},{"(google.api.method_signature)":"parent,pipeline_job,pipeline_job_id"}]},"GetPipelineJob":{"requestType":"GetPipelineJobRequest","responseType":"PipelineJob","options":{"(google.api.http).get":"/v1/{name=projects/*/locations/*/pipelineJobs/*}","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{name=projects/*/locations/*/pipelineJobs/*}"}},{"(google.api.method_signature)":"name"}]},"ListPipelineJobs":{"requestType":"ListPipelineJobsRequest","responseType":"ListPipelineJobsResponse","options":{"(google.api.http).get":"/v1/{parent=projects/*/locations/*}/pipelineJobs","(google.api.method_signature)":"parent"},"parsedOptions":[{"(google.api.http)":{"get":"/v1/{parent=projects/*/locations/*}/pipelineJobs"}},{"(google.api.method_signature)":"parent"}]},"DeletePipelineJob":{"requestType":"DeletePipelineJobRequest","responseType":"google.longrunning.Operation","options":{"(google.api.http).delete":"/v1/{name=projects/*/locations/*/pipelineJobs/*}","(google.api.method_signature)":"name","(google.longrunning.operation_info).response_type":"google.protobuf.Empty","(google.longrunning.operation_info).metadata_type":"DeleteOperationMetadata"},"parsedOptions":[{"(google.api.http)":{"delete":"/v1/{name=projects/*/locations/*/pipelineJobs/*}"}},{"(google.api.method_signature)":"name"},{"(google.longrunning.operation_info)":{"response_type":"google.protobuf.Empty","metadata_type":"DeleteOperationMetadata"}}]},"BatchDeletePipelineJobs":{"requestType":"BatchDeletePipelineJobsRequest","responseType":"google.longrunning.Operation","options":{"(google.api.http).post":"/v1/{parent=projects/*/locations/*}/pipelineJobs:batchDelete","(google.api.http).body":"*","(google.api.method_signature)":"parent,names","(google.longrunning.operation_info).response_type":"BatchDeletePipelineJobsResponse","(google.longrunning.operation_info).metadata_type":"DeleteOperationMetadata"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{parent=projects/*/locations/*}/pipelineJobs:batchDelete","body":"*"}},{"(google.api.method_signature)":"parent,names"},{"(google.longrunning.operation_info)":{"response_type":"BatchDeletePipelineJobsResponse","metadata_type":"DeleteOperationMetadata"}}]},"CancelPipelineJob":{"requestType":"CancelPipelineJobRequest","responseType":"google.protobuf.Empty","options":{"(google.api.http).post":"/v1/{name=projects/*/locations/*/pipelineJobs/*}:cancel","(google.api.http).body":"*","(google.api.method_signature)":"name"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{name=projects/*/locations/*/pipelineJobs/*}:cancel","body":"*"}},{"(google.api.method_signature)":"name"}]},"BatchCancelPipelineJobs":{"requestType":"BatchCancelPipelineJobsRequest","responseType":"google.longrunning.Operation","options":{"(google.api.http).post":"/v1/{parent=projects/*/locations/*}/pipelineJobs:batchCancel","(google.api.http).body":"*","(google.api.method_signature)":"parent,names","(google.longrunning.operation_info).response_type":"BatchCancelPipelineJobsResponse","(google.longrunning.operation_info).metadata_type":"BatchCancelPipelineJobsOperationMetadata"},"parsedOptions":[{"(google.api.http)":{"post":"/v1/{parent=projects/*/locations/*}/pipelineJobs:batchCancel","body":"*"}},{"(google.api.method_signature)":"parent,names"},{"(google.longrunning.operation_info)":{"response_type":"BatchCancelPipelineJobsResponse","metadata_type":"BatchCancelPipelineJobsOperationMetadata"}}]}}},"BatchCancelPipelineJobsOperationMetadata":{"fields":{"genericMetadata":{"type":"GenericOperationMetadata","id":1}}},"CreateTrainingPipelineRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"trainingPipeline":{"type":"TrainingPipeline","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"GetTrainingPipelineRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/TrainingPipeline"}}}},"ListTrainingPipelinesRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"filter":{"type":"string","id":2},"pageSize":{"type":"int32","id":3},"pageToken":{"type":"string","id":4},"readMask":{"type":"google.protobuf.FieldMask","id":5}}},"ListTrainingPipelinesResponse":{"fields":{"trainingPipelines":{"rule":"repeated","type":"TrainingPipeline","id":1},"nextPageToken":{"type":"string","id":2}}},"DeleteTrainingPipelineRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/TrainingPipeline"}}}},"CancelTrainingPipelineRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/TrainingPipeline"}}}},"CreatePipelineJobRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"pipelineJob":{"type":"PipelineJob","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"pipelineJobId":{"type":"string","id":3}}},"GetPipelineJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/PipelineJob"}}}},"ListPipelineJobsRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"locations.googleapis.com/Location"}},"filter":{"type":"string","id":2},"pageSize":{"type":"int32","id":3},"pageToken":{"type":"string","id":4},"orderBy":{"type":"string","id":6},"readMask":{"type":"google.protobuf.FieldMask","id":7}}},"ListPipelineJobsResponse":{"fields":{"pipelineJobs":{"rule":"repeated","type":"PipelineJob","id":1},"nextPageToken":{"type":"string","id":2}}},"DeletePipelineJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/PipelineJob"}}}},"BatchDeletePipelineJobsRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).child_type":"aiplatform.googleapis.com/PipelineJob"}},"names":{"rule":"repeated","type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/PipelineJob"}}}},"BatchDeletePipelineJobsResponse":{"fields":{"pipelineJobs":{"rule":"repeated","type":"PipelineJob","id":1}}},"CancelPipelineJobRequest":{"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/PipelineJob"}}}},"BatchCancelPipelineJobsRequest":{"fields":{"parent":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).child_type":"aiplatform.googleapis.com/PipelineJob"}},"names":{"rule":"repeated","type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED","(google.api.resource_reference).type":"aiplatform.googleapis.com/PipelineJob"}}}},"BatchCancelPipelineJobsResponse":{"fields":{"pipelineJobs":{"rule":"repeated","type":"PipelineJob","id":1}}},"TrainingPipeline":{"options":{"(google.api.resource).type":"aiplatform.googleapis.com/TrainingPipeline","(google.api.resource).pattern":"projects/{project}/locations/{location}/trainingPipelines/{training_pipeline}"},"fields":{"name":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"displayName":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"inputDataConfig":{"type":"InputDataConfig","id":3},"trainingTaskDefinition":{"type":"string","id":4,"options":{"(google.api.field_behavior)":"REQUIRED"}},"trainingTaskInputs":{"type":"google.protobuf.Value","id":5,"options":{"(google.api.field_behavior)":"REQUIRED"}},"trainingTaskMetadata":{"type":"google.protobuf.Value","id":6,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"modelToUpload":{"type":"Model","id":7},"modelId":{"type":"string","id":22,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"parentModel":{"type":"string","id":21,"options":{"(google.api.field_behavior)":"OPTIONAL"}},"state":{"type":"PipelineState","id":9,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"error":{"type":"google.rpc.Status","id":10,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"createTime":{"type":"google.protobuf.Timestamp","id":11,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"startTime":{"type":"google.protobuf.Timestamp","id":12,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"endTime":{"type":"google.protobuf.Timestamp","id":13,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"updateTime":{"type":"google.protobuf.Timestamp","id":14,"options":{"(google.api.field_behavior)":"OUTPUT_ONLY"}},"labels":{"keyType":"string","type":"string","id":15},"encryptionSpec":{"type":"EncryptionSpec","id":18}}},"InputDataConfig":{"oneofs":{"split":{"oneof":["fractionSplit","filterSplit","predefinedSplit","timestampSplit","stratifiedSplit"]},"destination":{"oneof":["gcsDestination","bigqueryDestination"]}},"fields":{"fractionSplit":{"type":"FractionSplit","id":2},"filterSplit":{"type":"FilterSplit","id":3},"predefinedSplit":{"type":"PredefinedSplit","id":4},"timestampSplit":{"type":"TimestampSplit","id":5},"stratifiedSplit":{"type":"StratifiedSplit","id":12},"gcsDestination":{"type":"GcsDestination","id":8},"bigqueryDestination":{"type":"BigQueryDestination","id":10},"datasetId":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"annotationsFilter":{"type":"string","id":6},"annotationSchemaUri":{"type":"string","id":9},"savedQueryId":{"type":"string","id":7},"persistMlUseAssignment":{"type":"bool","id":11}}},"FractionSplit":{"fields":{"trainingFraction":{"type":"double","id":1},"validationFraction":{"type":"double","id":2},"testFraction":{"type":"double","id":3}}},"FilterSplit":{"fields":{"trainingFilter":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}},"validationFilter":{"type":"string","id":2,"options":{"(google.api.field_behavior)":"REQUIRED"}},"testFilter":{"type":"string","id":3,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"PredefinedSplit":{"fields":{"key":{"type":"string","id":1,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"TimestampSplit":{"fields":{"trainingFraction":{"type":"double","id":1},"validationFraction":{"type":"double","id":2},"testFraction":{"type":"double","id":3},"key":{"type":"string","id":4,"options":{"(google.api.field_behavior)":"REQUIRED"}}}},"StratifiedSplit":{"fields":{"trainingFraction":{"type":"double","id":1},"validationFraction":{"type":"double","id":2},"testFraction":{"type":"double","id":3},"key":{"type":"string","id":4,"options":{"(google.api.field_behavior)":"REQUIRED"}}}}}}}}}},"protobuf":{"options":{"go_package":"google.golang.org/protobuf/types/descriptorpb","java_package":"com.google.protobuf","java_outer_classname":"DescriptorProtos","csharp_namespace":"Google.Protobuf.Reflection","objc_class_prefix":"GPB","cc_enable_arenas":true,"optimize_for":"SPEED"},"nested":{"Struct":{"fields":{"fields":{"keyType":"string","type":"Value","id":1}}},"Value":{"oneofs":{"kind":{"oneof":["nullValue","numberValue","stringValue","boolValue","structValue","listValue"]}},"fields":{"nullValue":{"type":"NullValue","id":1},"numberValue":{"type":"double","id":2},"stringValue":{"type":"string","id":3},"boolValue":{"type":"bool","id":4},"structValue":{"type":"Struct","id":5},"listValue":{"type":"ListValue","id":6}}},"NullValue":{"values":{"NULL_VALUE":0}},"ListValue":{"fields":{"values":{"rule":"repeated","type":"Value","id":1}}},"Timestamp":{"fields":{"seconds":{"type":"int64","id":1},"nanos":{"type":"int32","id":2}}},"Duration":{"fields":{"seconds":{"type":"int64","id":1},"nanos":{"type":"int32","id":2}}},"Any":{"fields":{"type_url":{"type":"string","id":1},"value":{"type":"bytes","id":2}}},"Empty":{"fields":{}},"FieldMask":{"fields":{"paths":{"rule":"repeated","type":"string","id":1}}}}},"rpc":{"options":{"go_package":"google.golang.org/genproto/googleapis/rpc/status;status","java_multiple_files":true,"java_outer_classname":"StatusProto","java_package":"com.google.rpc","objc_class_prefix":"RPC"},"nested":{"Status":{"fields":{"code":{"type":"int32","id":1},"message":{"type":"string","id":2},"details":{"rule":"repeated","type":"google.protobuf.Any","id":3}}}}},"longrunning":{"options":{"csharp_namespace":"Google.LongRunning","go_package":"cloud.google.com/go/longrunning/autogen/longrunningpb;longrunningpb","java_multiple_files":true,"java_outer_classname":"OperationsProto","java_package":"com.google.longrunning","objc_class_prefix":"GLRUN","php_namespace":"Google\\\\LongRunning"},"nested":{"Operation":{"oneofs":{"result":{"oneof":["error","response"]}},"fields":{"name":{"type":"string","id":1},"metadata":{"type":"google.protobuf.Any","id":2},"done":{"type":"bool","id":3},"error":{"type":"google.rpc.Status","id":4},"response":{"type":"google.protobuf.Any","id":5}}}}}}}}}');
  }
});

// node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/v1/pipeline_service_client_config.json
var require_pipeline_service_client_config = __commonJS({
  "node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/v1/pipeline_service_client_config.json"(exports, module) {
    module.exports = {
      interfaces: {
        "google.cloud.aiplatform.v1.PipelineService": {
          retry_codes: {
            non_idempotent: [],
            idempotent: [
              "DEADLINE_EXCEEDED",
              "UNAVAILABLE"
            ]
          },
          retry_params: {
            default: {
              initial_retry_delay_millis: 100,
              retry_delay_multiplier: 1.3,
              max_retry_delay_millis: 6e4,
              initial_rpc_timeout_millis: 6e4,
              rpc_timeout_multiplier: 1,
              max_rpc_timeout_millis: 6e4,
              total_timeout_millis: 6e5
            }
          },
          methods: {
            CreateTrainingPipeline: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            GetTrainingPipeline: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            ListTrainingPipelines: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            DeleteTrainingPipeline: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CancelTrainingPipeline: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CreatePipelineJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            GetPipelineJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            ListPipelineJobs: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            DeletePipelineJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            BatchDeletePipelineJobs: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            CancelPipelineJob: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            },
            BatchCancelPipelineJobs: {
              retry_codes_name: "non_idempotent",
              retry_params_name: "default"
            }
          }
        }
      }
    };
  }
});

// node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/v1/pipeline_service_client.js
var require_pipeline_service_client = __commonJS({
  "node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/v1/pipeline_service_client.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PipelineServiceClient = void 0;
    var jsonProtos = require_google_cloud_aiplatform_v1_PipelineService_protos();
    var google_gax_1 = require_src2();
    var gapicConfig = require_pipeline_service_client_config();
    var version = require_package().version;
    var PipelineServiceClient2 = class {
      _terminated = false;
      _opts;
      _providedCustomServicePath;
      _gaxModule;
      _gaxGrpc;
      _protos;
      _defaults;
      _universeDomain;
      _servicePath;
      _log = google_gax_1.loggingUtils.log("aiplatform");
      auth;
      descriptors = {
        page: {},
        stream: {},
        longrunning: {},
        batching: {}
      };
      warn;
      innerApiCalls;
      iamClient;
      locationsClient;
      pathTemplates;
      operationsClient;
      pipelineServiceStub;
      /**
       * Construct an instance of PipelineServiceClient.
       *
       * @param {object} [options] - The configuration object.
       * The options accepted by the constructor are described in detail
       * in [this document](https://github.com/googleapis/gax-nodejs/blob/main/client-libraries.md#creating-the-client-instance).
       * The common options are:
       * @param {object} [options.credentials] - Credentials object.
       * @param {string} [options.credentials.client_email]
       * @param {string} [options.credentials.private_key]
       * @param {string} [options.email] - Account email address. Required when
       *     using a .pem or .p12 keyFilename.
       * @param {string} [options.keyFilename] - Full path to the a .json, .pem, or
       *     .p12 key downloaded from the Google Developers Console. If you provide
       *     a path to a JSON file, the projectId option below is not necessary.
       *     NOTE: .pem and .p12 require you to specify options.email as well.
       * @param {number} [options.port] - The port on which to connect to
       *     the remote host.
       * @param {string} [options.projectId] - The project ID from the Google
       *     Developer's Console, e.g. 'grape-spaceship-123'. We will also check
       *     the environment variable GCLOUD_PROJECT for your project ID. If your
       *     app is running in an environment which supports
       *     {@link https://cloud.google.com/docs/authentication/application-default-credentials Application Default Credentials},
       *     your project ID will be detected automatically.
       * @param {string} [options.apiEndpoint] - The domain name of the
       *     API remote host.
       * @param {gax.ClientConfig} [options.clientConfig] - Client configuration override.
       *     Follows the structure of {@link gapicConfig}.
       * @param {boolean} [options.fallback] - Use HTTP/1.1 REST mode.
       *     For more information, please check the
       *     {@link https://github.com/googleapis/gax-nodejs/blob/main/client-libraries.md#http11-rest-api-mode documentation}.
       * @param {gax} [gaxInstance]: loaded instance of `google-gax`. Useful if you
       *     need to avoid loading the default gRPC version and want to use the fallback
       *     HTTP implementation. Load only fallback version and pass it to the constructor:
       *     ```
       *     const gax = require('google-gax/build/src/fallback'); // avoids loading google-gax with gRPC
       *     const client = new PipelineServiceClient({fallback: true}, gax);
       *     ```
       */
      constructor(opts, gaxInstance) {
        const staticMembers = this.constructor;
        if (opts?.universe_domain && opts?.universeDomain && opts?.universe_domain !== opts?.universeDomain) {
          throw new Error("Please set either universe_domain or universeDomain, but not both.");
        }
        const universeDomainEnvVar = typeof process === "object" && typeof process.env === "object" ? process.env["GOOGLE_CLOUD_UNIVERSE_DOMAIN"] : void 0;
        this._universeDomain = opts?.universeDomain ?? opts?.universe_domain ?? universeDomainEnvVar ?? "googleapis.com";
        this._servicePath = "aiplatform." + this._universeDomain;
        const servicePath = opts?.servicePath || opts?.apiEndpoint || this._servicePath;
        this._providedCustomServicePath = !!(opts?.servicePath || opts?.apiEndpoint);
        const port = opts?.port || staticMembers.port;
        const clientConfig = opts?.clientConfig ?? {};
        const fallback = opts?.fallback ?? (typeof window !== "undefined" && typeof window?.fetch === "function");
        opts = Object.assign({ servicePath, port, clientConfig, fallback }, opts);
        opts.numericEnums = true;
        if (servicePath !== this._servicePath && !("scopes" in opts)) {
          opts["scopes"] = staticMembers.scopes;
        }
        if (!gaxInstance) {
          gaxInstance = require_src2();
        }
        this._gaxModule = opts.fallback ? gaxInstance.fallback : gaxInstance;
        this._gaxGrpc = new this._gaxModule.GrpcClient(opts);
        this._opts = opts;
        this.auth = this._gaxGrpc.auth;
        this.auth.useJWTAccessWithScope = true;
        this.auth.defaultServicePath = this._servicePath;
        if (servicePath === this._servicePath) {
          this.auth.defaultScopes = staticMembers.scopes;
        }
        this.iamClient = new this._gaxModule.IamClient(this._gaxGrpc, opts);
        this.locationsClient = new this._gaxModule.LocationsClient(this._gaxGrpc, opts);
        const clientHeader = [`gax/${this._gaxModule.version}`, `gapic/${version}`];
        if (typeof process === "object" && "versions" in process) {
          clientHeader.push(`gl-node/${process.versions.node}`);
        } else {
          clientHeader.push(`gl-web/${this._gaxModule.version}`);
        }
        if (!opts.fallback) {
          clientHeader.push(`grpc/${this._gaxGrpc.grpcVersion}`);
        } else {
          clientHeader.push(`rest/${this._gaxGrpc.grpcVersion}`);
        }
        if (opts.libName && opts.libVersion) {
          clientHeader.push(`${opts.libName}/${opts.libVersion}`);
        }
        this._protos = this._gaxGrpc.loadProtoJSON(jsonProtos);
        this.pathTemplates = {
          annotationPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}/dataItems/{data_item}/annotations/{annotation}"),
          annotationSpecPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}/annotationSpecs/{annotation_spec}"),
          artifactPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/metadataStores/{metadata_store}/artifacts/{artifact}"),
          batchPredictionJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/batchPredictionJobs/{batch_prediction_job}"),
          cachedContentPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/cachedContents/{cached_content}"),
          contextPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/metadataStores/{metadata_store}/contexts/{context}"),
          customJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/customJobs/{custom_job}"),
          dataItemPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}/dataItems/{data_item}"),
          dataLabelingJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/dataLabelingJobs/{data_labeling_job}"),
          datasetPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}"),
          datasetVersionPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}/datasetVersions/{dataset_version}"),
          deploymentResourcePoolPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/deploymentResourcePools/{deployment_resource_pool}"),
          entityTypePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featurestores/{featurestore}/entityTypes/{entity_type}"),
          executionPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/metadataStores/{metadata_store}/executions/{execution}"),
          featureGroupPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featureGroups/{feature_group}"),
          featureOnlineStorePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featureOnlineStores/{feature_online_store}"),
          featureViewPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featureOnlineStores/{feature_online_store}/featureViews/{feature_view}"),
          featureViewSyncPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featureOnlineStores/{feature_online_store}/featureViews/{feature_view}/featureViewSyncs/feature_view_sync"),
          featurestorePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featurestores/{featurestore}"),
          hyperparameterTuningJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/hyperparameterTuningJobs/{hyperparameter_tuning_job}"),
          indexPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/indexes/{index}"),
          indexEndpointPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/indexEndpoints/{index_endpoint}"),
          locationPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}"),
          metadataSchemaPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/metadataStores/{metadata_store}/metadataSchemas/{metadata_schema}"),
          metadataStorePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/metadataStores/{metadata_store}"),
          modelPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/models/{model}"),
          modelDeploymentMonitoringJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/modelDeploymentMonitoringJobs/{model_deployment_monitoring_job}"),
          modelEvaluationPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/models/{model}/evaluations/{evaluation}"),
          modelEvaluationSlicePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/models/{model}/evaluations/{evaluation}/slices/{slice}"),
          nasJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/nasJobs/{nas_job}"),
          nasTrialDetailPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/nasJobs/{nas_job}/nasTrialDetails/{nas_trial_detail}"),
          notebookExecutionJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/notebookExecutionJobs/{notebook_execution_job}"),
          notebookRuntimePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/notebookRuntimes/{notebook_runtime}"),
          notebookRuntimeTemplatePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/notebookRuntimeTemplates/{notebook_runtime_template}"),
          persistentResourcePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/persistentResources/{persistent_resource}"),
          pipelineJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/pipelineJobs/{pipeline_job}"),
          projectPathTemplate: new this._gaxModule.PathTemplate("projects/{project}"),
          projectLocationEndpointPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/endpoints/{endpoint}"),
          projectLocationFeatureGroupFeaturesPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featureGroups/{feature_group}/features/{feature}"),
          projectLocationFeaturestoreEntityTypeFeaturesPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/featurestores/{featurestore}/entityTypes/{entity_type}/features/{feature}"),
          projectLocationPublisherModelPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/publishers/{publisher}/models/{model}"),
          publisherModelPathTemplate: new this._gaxModule.PathTemplate("publishers/{publisher}/models/{model}"),
          ragCorpusPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/ragCorpora/{rag_corpus}"),
          ragEngineConfigPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/ragEngineConfig"),
          ragFilePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/ragCorpora/{rag_corpus}/ragFiles/{rag_file}"),
          reasoningEnginePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/reasoningEngines/{reasoning_engine}"),
          savedQueryPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/datasets/{dataset}/savedQueries/{saved_query}"),
          schedulePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/schedules/{schedule}"),
          sessionPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/reasoningEngines/{reasoning_engine}/sessions/{session}"),
          sessionEventPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/reasoningEngines/{reasoning_engine}/sessions/{session}/events/{event}"),
          specialistPoolPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/specialistPools/{specialist_pool}"),
          studyPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/studies/{study}"),
          tensorboardPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/tensorboards/{tensorboard}"),
          tensorboardExperimentPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/tensorboards/{tensorboard}/experiments/{experiment}"),
          tensorboardRunPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/tensorboards/{tensorboard}/experiments/{experiment}/runs/{run}"),
          tensorboardTimeSeriesPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/tensorboards/{tensorboard}/experiments/{experiment}/runs/{run}/timeSeries/{time_series}"),
          trainingPipelinePathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/trainingPipelines/{training_pipeline}"),
          trialPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/studies/{study}/trials/{trial}"),
          tuningJobPathTemplate: new this._gaxModule.PathTemplate("projects/{project}/locations/{location}/tuningJobs/{tuning_job}")
        };
        this.descriptors.page = {
          listTrainingPipelines: new this._gaxModule.PageDescriptor("pageToken", "nextPageToken", "trainingPipelines"),
          listPipelineJobs: new this._gaxModule.PageDescriptor("pageToken", "nextPageToken", "pipelineJobs")
        };
        const protoFilesRoot = this._gaxModule.protobufFromJSON(jsonProtos);
        const lroOptions = {
          auth: this.auth,
          grpc: "grpc" in this._gaxGrpc ? this._gaxGrpc.grpc : void 0
        };
        if (opts.fallback) {
          lroOptions.protoJson = protoFilesRoot;
          lroOptions.httpRules = [
            {
              selector: "google.cloud.location.Locations.GetLocation",
              get: "/ui/{name=projects/*/locations/*}",
              additional_bindings: [{ get: "/v1/{name=projects/*/locations/*}" }]
            },
            {
              selector: "google.cloud.location.Locations.ListLocations",
              get: "/ui/{name=projects/*}/locations",
              additional_bindings: [{ get: "/v1/{name=projects/*}/locations" }]
            },
            {
              selector: "google.iam.v1.IAMPolicy.GetIamPolicy",
              post: "/v1/{resource=projects/*/locations/*/featurestores/*}:getIamPolicy",
              additional_bindings: [
                {
                  post: "/v1/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:getIamPolicy"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/models/*}:getIamPolicy"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:getIamPolicy"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*}:getIamPolicy"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/models/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/endpoints/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/publishers/*/models/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:getIamPolicy"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureGroups/*}:getIamPolicy"
                }
              ]
            },
            {
              selector: "google.iam.v1.IAMPolicy.SetIamPolicy",
              post: "/v1/{resource=projects/*/locations/*/featurestores/*}:setIamPolicy",
              body: "*",
              additional_bindings: [
                {
                  post: "/v1/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/models/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/models/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/endpoints/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:setIamPolicy",
                  body: "*"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureGroups/*}:setIamPolicy",
                  body: "*"
                }
              ]
            },
            {
              selector: "google.iam.v1.IAMPolicy.TestIamPermissions",
              post: "/v1/{resource=projects/*/locations/*/featurestores/*}:testIamPermissions",
              additional_bindings: [
                {
                  post: "/v1/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:testIamPermissions"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/models/*}:testIamPermissions"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:testIamPermissions"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*}:testIamPermissions"
                },
                {
                  post: "/v1/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featurestores/*/entityTypes/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/models/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/endpoints/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/notebookRuntimeTemplates/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureOnlineStores/*/featureViews/*}:testIamPermissions"
                },
                {
                  post: "/ui/{resource=projects/*/locations/*/featureGroups/*}:testIamPermissions"
                }
              ]
            },
            {
              selector: "google.longrunning.Operations.CancelOperation",
              post: "/ui/{name=projects/*/locations/*/operations/*}:cancel",
              additional_bindings: [
                {
                  post: "/ui/{name=projects/*/locations/*/agents/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/apps/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/edgeDevices/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/endpoints/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/extensionControllers/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/extensions/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/customJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tuningJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/indexes/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/indexEndpoints/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/modelMonitors/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/migratableResources/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/models/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/persistentResources/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/studies/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/studies/*/trials/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/trainingPipelines/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/pipelineJobs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/schedules/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/ragEngineConfig/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/specialistPools/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}:cancel"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}:cancel"
                },
                { post: "/v1/{name=projects/*/locations/*/operations/*}:cancel" },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/endpoints/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/customJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tuningJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/indexes/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/indexEndpoints/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/migratableResources/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/models/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/persistentResources/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragEngineConfig/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragCorpora/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragCorpora/*/ragFiles/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/reasoningEngines/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/reasoningEngines/*/sessions/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/studies/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/studies/*/trials/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/trainingPipelines/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/pipelineJobs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/schedules/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/specialistPools/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}:cancel"
                },
                {
                  post: "/v1/{name=reasoningEngines/*/sessions/*/operations/*}:cancel"
                }
              ]
            },
            {
              selector: "google.longrunning.Operations.DeleteOperation",
              delete: "/ui/{name=projects/*/locations/*/operations/*}",
              additional_bindings: [
                { delete: "/ui/{name=projects/*/locations/*/agents/*/operations/*}" },
                { delete: "/ui/{name=projects/*/locations/*/apps/*/operations/*}" },
                {
                  delete: "/ui/{name=projects/*/locations/*/datasets/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/edgeDevices/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/endpoints/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/extensionControllers/*}/operations"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/extensions/*}/operations"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featurestores/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/customJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/indexes/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/indexEndpoints/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/metadataStores/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/modelMonitors/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/migratableResources/*/operations/*}"
                },
                { delete: "/ui/{name=projects/*/locations/*/models/*/operations/*}" },
                {
                  delete: "/ui/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/persistentResources/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/studies/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/studies/*/trials/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/trainingPipelines/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/pipelineJobs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/schedules/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/specialistPools/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/ragEngineConfig/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/tensorboards/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featureGroups/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featureGroups/*/featureMonitors/*/operations/*}"
                },
                {
                  delete: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}"
                },
                { delete: "/v1/{name=projects/*/locations/*/operations/*}" },
                {
                  delete: "/v1/{name=projects/*/locations/*/datasets/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/endpoints/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featurestores/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/customJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/indexes/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/indexEndpoints/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/metadataStores/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/migratableResources/*/operations/*}"
                },
                { delete: "/v1/{name=projects/*/locations/*/models/*/operations/*}" },
                {
                  delete: "/v1/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/ragEngineConfig/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/ragCorpora/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/ragCorpora/*/ragFiles/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/reasoningEngines/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/reasoningEngines/*/sessions/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/studies/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/studies/*/trials/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/trainingPipelines/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/persistentResources/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/pipelineJobs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/schedules/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/specialistPools/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/tensorboards/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featureGroups/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}"
                },
                {
                  delete: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}"
                },
                { delete: "/v1/{name=reasoningEngines/*/sessions/*/operations/*}" }
              ]
            },
            {
              selector: "google.longrunning.Operations.GetOperation",
              get: "/ui/{name=projects/*/locations/*/operations/*}",
              additional_bindings: [
                { get: "/ui/{name=projects/*/locations/*/agents/*/operations/*}" },
                { get: "/ui/{name=projects/*/locations/*/apps/*/operations/*}" },
                { get: "/ui/{name=projects/*/locations/*/datasets/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/edgeDeploymentJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/edgeDevices/*/operations/*}"
                },
                { get: "/ui/{name=projects/*/locations/*/endpoints/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/extensionControllers/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/extensions/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/customJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tuningJobs/*/operations/*}"
                },
                { get: "/ui/{name=projects/*/locations/*/indexes/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/indexEndpoints/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/modelMonitors/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/migratableResources/*/operations/*}"
                },
                { get: "/ui/{name=projects/*/locations/*/models/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/persistentResources/*/operations/*}"
                },
                { get: "/ui/{name=projects/*/locations/*/studies/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/studies/*/trials/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/trainingPipelines/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/pipelineJobs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/ragEngineConfig/operations/*}"
                },
                { get: "/ui/{name=projects/*/locations/*/schedules/*/operations/*}" },
                {
                  get: "/ui/{name=projects/*/locations/*/specialistPools/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/featureMonitors/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/operations/*}" },
                { get: "/v1/{name=projects/*/locations/*/datasets/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/endpoints/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/customJobs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tuningJobs/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/indexes/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/indexEndpoints/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/migratableResources/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/models/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/ragEngineConfig/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/ragCorpora/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/ragCorpora/*/ragFiles/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/reasoningEngines/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/reasoningEngines/*/sessions/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/studies/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/studies/*/trials/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/trainingPipelines/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/persistentResources/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/pipelineJobs/*/operations/*}"
                },
                { get: "/v1/{name=projects/*/locations/*/schedules/*/operations/*}" },
                {
                  get: "/v1/{name=projects/*/locations/*/specialistPools/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureGroups/*/operations/*}"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}"
                },
                { get: "/v1/{name=reasoningEngines/*/sessions/*/operations/*}" }
              ]
            },
            {
              selector: "google.longrunning.Operations.ListOperations",
              get: "/ui/{name=projects/*/locations/*}/operations",
              additional_bindings: [
                { get: "/ui/{name=projects/*/locations/*/agents/*}/operations" },
                { get: "/ui/{name=projects/*/locations/*/apps/*}/operations" },
                { get: "/ui/{name=projects/*/locations/*/datasets/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/savedQueries/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/annotationSpecs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/deploymentResourcePools/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/edgeDevices/*}/operations" },
                { get: "/ui/{name=projects/*/locations/*/endpoints/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/extensionControllers/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/extensions/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/customJobs/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/dataLabelingJobs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/hyperparameterTuningJobs/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/tuningJobs/*}/operations" },
                { get: "/ui/{name=projects/*/locations/*/indexes/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/indexEndpoints/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/artifacts/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/contexts/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/metadataStores/*/executions/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/modelMonitors/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/migratableResources/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/models/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/models/*/evaluations/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookExecutionJobs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookRuntimes/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/notebookRuntimeTemplates/*}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/studies/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/studies/*/trials/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/trainingPipelines/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/persistentResources/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/pipelineJobs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/ragEngineConfig}/operations"
                },
                { get: "/ui/{name=projects/*/locations/*/schedules/*}/operations" },
                {
                  get: "/ui/{name=projects/*/locations/*/specialistPools/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*}/operations"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}:wait"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}:wait"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/operations/*}:wait"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}:wait"
                },
                {
                  get: "/ui/{name=projects/*/locations/*/featureGroups/*/featureMonitors/*/operations/*}:wait"
                },
                { get: "/v1/{name=projects/*/locations/*}/operations" },
                { get: "/v1/{name=projects/*/locations/*/datasets/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/savedQueries/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/annotationSpecs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/deploymentResourcePools/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/endpoints/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/customJobs/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/dataLabelingJobs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/tuningJobs/*}/operations" },
                { get: "/v1/{name=projects/*/locations/*/indexes/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/indexEndpoints/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/artifacts/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/contexts/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/metadataStores/*/executions/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/migratableResources/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/models/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/models/*/evaluations/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookExecutionJobs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookRuntimes/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/notebookRuntimeTemplates/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/reasoningEngines/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/reasoningEngines/*/sessions/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/studies/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/studies/*/trials/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/trainingPipelines/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/persistentResources/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/pipelineJobs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/ragEngineConfig}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/ragCorpora/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/ragCorpora/*/ragFiles/*}/operations"
                },
                { get: "/v1/{name=projects/*/locations/*/schedules/*}/operations" },
                {
                  get: "/v1/{name=projects/*/locations/*/specialistPools/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*}/operations"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}:wait"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}:wait"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureGroups/*/operations/*}:wait"
                },
                {
                  get: "/v1/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}:wait"
                },
                { get: "/v1/{name=reasoningEngines/*/sessions/*}/operations" }
              ]
            },
            {
              selector: "google.longrunning.Operations.WaitOperation",
              post: "/ui/{name=projects/*/locations/*/operations/*}:wait",
              additional_bindings: [
                {
                  post: "/ui/{name=projects/*/locations/*/agents/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/apps/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/edgeDevices/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/endpoints/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/extensionControllers/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/extensions/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/customJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tuningJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/indexes/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/indexEndpoints/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/modelMonitors/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/migratableResources/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/models/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/studies/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/studies/*/trials/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/trainingPipelines/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/persistentResources/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/pipelineJobs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/schedules/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/specialistPools/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/ragEngineConfig/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featureGroups/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}:wait"
                },
                {
                  post: "/ui/{name=projects/*/locations/*/featureGroups/*/featureMonitors/*/operations/*}:wait"
                },
                { post: "/v1/{name=projects/*/locations/*/operations/*}:wait" },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/savedQueries/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/annotationSpecs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/datasets/*/dataItems/*/annotations/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/deploymentResourcePools/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/endpoints/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featurestores/*/entityTypes/*/features/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/customJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/dataLabelingJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/hyperparameterTuningJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/indexes/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/indexEndpoints/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/artifacts/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/contexts/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/metadataStores/*/executions/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/modelDeploymentMonitoringJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/migratableResources/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/models/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/models/*/evaluations/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookExecutionJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookRuntimes/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/notebookRuntimeTemplates/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragEngineConfig/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragCorpora/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/ragCorpora/*/ragFiles/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/reasoningEngines/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/reasoningEngines/*/sessions/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/studies/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/studies/*/trials/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/trainingPipelines/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/persistentResources/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/pipelineJobs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/schedules/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/specialistPools/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/tensorboards/*/experiments/*/runs/*/timeSeries/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featureOnlineStores/*/featureViews/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featureGroups/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=projects/*/locations/*/featureGroups/*/features/*/operations/*}:wait"
                },
                {
                  post: "/v1/{name=reasoningEngines/*/sessions/*/operations/*}:wait"
                }
              ]
            }
          ];
        }
        this.operationsClient = this._gaxModule.lro(lroOptions).operationsClient(opts);
        const deleteTrainingPipelineResponse = protoFilesRoot.lookup(".google.protobuf.Empty");
        const deleteTrainingPipelineMetadata = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.DeleteOperationMetadata");
        const deletePipelineJobResponse = protoFilesRoot.lookup(".google.protobuf.Empty");
        const deletePipelineJobMetadata = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.DeleteOperationMetadata");
        const batchDeletePipelineJobsResponse = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.BatchDeletePipelineJobsResponse");
        const batchDeletePipelineJobsMetadata = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.DeleteOperationMetadata");
        const batchCancelPipelineJobsResponse = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.BatchCancelPipelineJobsResponse");
        const batchCancelPipelineJobsMetadata = protoFilesRoot.lookup(".google.cloud.aiplatform.v1.BatchCancelPipelineJobsOperationMetadata");
        this.descriptors.longrunning = {
          deleteTrainingPipeline: new this._gaxModule.LongrunningDescriptor(this.operationsClient, deleteTrainingPipelineResponse.decode.bind(deleteTrainingPipelineResponse), deleteTrainingPipelineMetadata.decode.bind(deleteTrainingPipelineMetadata)),
          deletePipelineJob: new this._gaxModule.LongrunningDescriptor(this.operationsClient, deletePipelineJobResponse.decode.bind(deletePipelineJobResponse), deletePipelineJobMetadata.decode.bind(deletePipelineJobMetadata)),
          batchDeletePipelineJobs: new this._gaxModule.LongrunningDescriptor(this.operationsClient, batchDeletePipelineJobsResponse.decode.bind(batchDeletePipelineJobsResponse), batchDeletePipelineJobsMetadata.decode.bind(batchDeletePipelineJobsMetadata)),
          batchCancelPipelineJobs: new this._gaxModule.LongrunningDescriptor(this.operationsClient, batchCancelPipelineJobsResponse.decode.bind(batchCancelPipelineJobsResponse), batchCancelPipelineJobsMetadata.decode.bind(batchCancelPipelineJobsMetadata))
        };
        this._defaults = this._gaxGrpc.constructSettings("google.cloud.aiplatform.v1.PipelineService", gapicConfig, opts.clientConfig || {}, { "x-goog-api-client": clientHeader.join(" ") });
        this.innerApiCalls = {};
        this.warn = this._gaxModule.warn;
      }
      /**
       * Initialize the client.
       * Performs asynchronous operations (such as authentication) and prepares the client.
       * This function will be called automatically when any class method is called for the
       * first time, but if you need to initialize it before calling an actual method,
       * feel free to call initialize() directly.
       *
       * You can await on this method if you want to make sure the client is initialized.
       *
       * @returns {Promise} A promise that resolves to an authenticated service stub.
       */
      initialize() {
        if (this.pipelineServiceStub) {
          return this.pipelineServiceStub;
        }
        this.pipelineServiceStub = this._gaxGrpc.createStub(this._opts.fallback ? this._protos.lookupService("google.cloud.aiplatform.v1.PipelineService") : (
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          this._protos.google.cloud.aiplatform.v1.PipelineService
        ), this._opts, this._providedCustomServicePath);
        const pipelineServiceStubMethods = [
          "createTrainingPipeline",
          "getTrainingPipeline",
          "listTrainingPipelines",
          "deleteTrainingPipeline",
          "cancelTrainingPipeline",
          "createPipelineJob",
          "getPipelineJob",
          "listPipelineJobs",
          "deletePipelineJob",
          "batchDeletePipelineJobs",
          "cancelPipelineJob",
          "batchCancelPipelineJobs"
        ];
        for (const methodName of pipelineServiceStubMethods) {
          const callPromise = this.pipelineServiceStub.then((stub) => (...args) => {
            if (this._terminated) {
              return Promise.reject("The client has already been closed.");
            }
            const func = stub[methodName];
            return func.apply(stub, args);
          }, (err) => () => {
            throw err;
          });
          const descriptor = this.descriptors.page[methodName] || this.descriptors.longrunning[methodName] || void 0;
          const apiCall = this._gaxModule.createApiCall(callPromise, this._defaults[methodName], descriptor, this._opts.fallback);
          this.innerApiCalls[methodName] = apiCall;
        }
        return this.pipelineServiceStub;
      }
      /**
       * The DNS address for this API service.
       * @deprecated Use the apiEndpoint method of the client instance.
       * @returns {string} The DNS address for this service.
       */
      static get servicePath() {
        if (typeof process === "object" && typeof process.emitWarning === "function") {
          process.emitWarning("Static servicePath is deprecated, please use the instance method instead.", "DeprecationWarning");
        }
        return "aiplatform.googleapis.com";
      }
      /**
       * The DNS address for this API service - same as servicePath.
       * @deprecated Use the apiEndpoint method of the client instance.
       * @returns {string} The DNS address for this service.
       */
      static get apiEndpoint() {
        if (typeof process === "object" && typeof process.emitWarning === "function") {
          process.emitWarning("Static apiEndpoint is deprecated, please use the instance method instead.", "DeprecationWarning");
        }
        return "aiplatform.googleapis.com";
      }
      /**
       * The DNS address for this API service.
       * @returns {string} The DNS address for this service.
       */
      get apiEndpoint() {
        return this._servicePath;
      }
      get universeDomain() {
        return this._universeDomain;
      }
      /**
       * The port for this API service.
       * @returns {number} The default port for this service.
       */
      static get port() {
        return 443;
      }
      /**
       * The scopes needed to make gRPC calls for every method defined
       * in this service.
       * @returns {string[]} List of default scopes.
       */
      static get scopes() {
        return ["https://www.googleapis.com/auth/cloud-platform"];
      }
      /**
       * Return the project ID used by this class.
       * @returns {Promise} A promise that resolves to string containing the project ID.
       */
      getProjectId(callback) {
        if (callback) {
          this.auth.getProjectId(callback);
          return;
        }
        return this.auth.getProjectId();
      }
      createTrainingPipeline(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("createTrainingPipeline request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("createTrainingPipeline response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.createTrainingPipeline(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("createTrainingPipeline response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      getTrainingPipeline(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("getTrainingPipeline request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("getTrainingPipeline response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.getTrainingPipeline(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("getTrainingPipeline response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      cancelTrainingPipeline(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("cancelTrainingPipeline request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("cancelTrainingPipeline response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.cancelTrainingPipeline(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("cancelTrainingPipeline response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      createPipelineJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("createPipelineJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("createPipelineJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.createPipelineJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("createPipelineJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      getPipelineJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("getPipelineJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("getPipelineJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.getPipelineJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("getPipelineJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      cancelPipelineJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("cancelPipelineJob request %j", request);
        const wrappedCallback = callback ? (error, response, options2, rawResponse) => {
          this._log.info("cancelPipelineJob response %j", response);
          callback(error, response, options2, rawResponse);
        } : void 0;
        return this.innerApiCalls.cancelPipelineJob(request, options, wrappedCallback)?.then(([response, options2, rawResponse]) => {
          this._log.info("cancelPipelineJob response %j", response);
          return [response, options2, rawResponse];
        }).catch((error) => {
          if (error && "statusDetails" in error && error.statusDetails instanceof Array) {
            const protos = this._gaxModule.protobuf.Root.fromJSON(jsonProtos);
            error.statusDetails = (0, google_gax_1.decodeAnyProtosInArray)(error.statusDetails, protos);
          }
          throw error;
        });
      }
      deleteTrainingPipeline(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, response, rawResponse, _) => {
          this._log.info("deleteTrainingPipeline response %j", rawResponse);
          callback(error, response, rawResponse, _);
        } : void 0;
        this._log.info("deleteTrainingPipeline request %j", request);
        return this.innerApiCalls.deleteTrainingPipeline(request, options, wrappedCallback)?.then(([response, rawResponse, _]) => {
          this._log.info("deleteTrainingPipeline response %j", rawResponse);
          return [response, rawResponse, _];
        });
      }
      /**
       * Check the status of the long running operation returned by `deleteTrainingPipeline()`.
       * @param {String} name
       *   The operation name that will be passed.
       * @returns {Promise} - The promise which resolves to an object.
       *   The decoded operation object has result and metadata field to get information from.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#long-running-operations | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/pipeline_service.delete_training_pipeline.js</caption>
       * region_tag:aiplatform_v1_generated_PipelineService_DeleteTrainingPipeline_async
       */
      async checkDeleteTrainingPipelineProgress(name) {
        this._log.info("deleteTrainingPipeline long-running");
        const request = new this._gaxModule.operationsProtos.google.longrunning.GetOperationRequest({ name });
        const [operation] = await this.operationsClient.getOperation(request);
        const decodeOperation = new this._gaxModule.Operation(operation, this.descriptors.longrunning.deleteTrainingPipeline, this._gaxModule.createDefaultBackoffSettings());
        return decodeOperation;
      }
      deletePipelineJob(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, response, rawResponse, _) => {
          this._log.info("deletePipelineJob response %j", rawResponse);
          callback(error, response, rawResponse, _);
        } : void 0;
        this._log.info("deletePipelineJob request %j", request);
        return this.innerApiCalls.deletePipelineJob(request, options, wrappedCallback)?.then(([response, rawResponse, _]) => {
          this._log.info("deletePipelineJob response %j", rawResponse);
          return [response, rawResponse, _];
        });
      }
      /**
       * Check the status of the long running operation returned by `deletePipelineJob()`.
       * @param {String} name
       *   The operation name that will be passed.
       * @returns {Promise} - The promise which resolves to an object.
       *   The decoded operation object has result and metadata field to get information from.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#long-running-operations | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/pipeline_service.delete_pipeline_job.js</caption>
       * region_tag:aiplatform_v1_generated_PipelineService_DeletePipelineJob_async
       */
      async checkDeletePipelineJobProgress(name) {
        this._log.info("deletePipelineJob long-running");
        const request = new this._gaxModule.operationsProtos.google.longrunning.GetOperationRequest({ name });
        const [operation] = await this.operationsClient.getOperation(request);
        const decodeOperation = new this._gaxModule.Operation(operation, this.descriptors.longrunning.deletePipelineJob, this._gaxModule.createDefaultBackoffSettings());
        return decodeOperation;
      }
      batchDeletePipelineJobs(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, response, rawResponse, _) => {
          this._log.info("batchDeletePipelineJobs response %j", rawResponse);
          callback(error, response, rawResponse, _);
        } : void 0;
        this._log.info("batchDeletePipelineJobs request %j", request);
        return this.innerApiCalls.batchDeletePipelineJobs(request, options, wrappedCallback)?.then(([response, rawResponse, _]) => {
          this._log.info("batchDeletePipelineJobs response %j", rawResponse);
          return [response, rawResponse, _];
        });
      }
      /**
       * Check the status of the long running operation returned by `batchDeletePipelineJobs()`.
       * @param {String} name
       *   The operation name that will be passed.
       * @returns {Promise} - The promise which resolves to an object.
       *   The decoded operation object has result and metadata field to get information from.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#long-running-operations | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/pipeline_service.batch_delete_pipeline_jobs.js</caption>
       * region_tag:aiplatform_v1_generated_PipelineService_BatchDeletePipelineJobs_async
       */
      async checkBatchDeletePipelineJobsProgress(name) {
        this._log.info("batchDeletePipelineJobs long-running");
        const request = new this._gaxModule.operationsProtos.google.longrunning.GetOperationRequest({ name });
        const [operation] = await this.operationsClient.getOperation(request);
        const decodeOperation = new this._gaxModule.Operation(operation, this.descriptors.longrunning.batchDeletePipelineJobs, this._gaxModule.createDefaultBackoffSettings());
        return decodeOperation;
      }
      batchCancelPipelineJobs(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, response, rawResponse, _) => {
          this._log.info("batchCancelPipelineJobs response %j", rawResponse);
          callback(error, response, rawResponse, _);
        } : void 0;
        this._log.info("batchCancelPipelineJobs request %j", request);
        return this.innerApiCalls.batchCancelPipelineJobs(request, options, wrappedCallback)?.then(([response, rawResponse, _]) => {
          this._log.info("batchCancelPipelineJobs response %j", rawResponse);
          return [response, rawResponse, _];
        });
      }
      /**
       * Check the status of the long running operation returned by `batchCancelPipelineJobs()`.
       * @param {String} name
       *   The operation name that will be passed.
       * @returns {Promise} - The promise which resolves to an object.
       *   The decoded operation object has result and metadata field to get information from.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#long-running-operations | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/pipeline_service.batch_cancel_pipeline_jobs.js</caption>
       * region_tag:aiplatform_v1_generated_PipelineService_BatchCancelPipelineJobs_async
       */
      async checkBatchCancelPipelineJobsProgress(name) {
        this._log.info("batchCancelPipelineJobs long-running");
        const request = new this._gaxModule.operationsProtos.google.longrunning.GetOperationRequest({ name });
        const [operation] = await this.operationsClient.getOperation(request);
        const decodeOperation = new this._gaxModule.Operation(operation, this.descriptors.longrunning.batchCancelPipelineJobs, this._gaxModule.createDefaultBackoffSettings());
        return decodeOperation;
      }
      listTrainingPipelines(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, values, nextPageRequest, rawResponse) => {
          this._log.info("listTrainingPipelines values %j", values);
          callback(error, values, nextPageRequest, rawResponse);
        } : void 0;
        this._log.info("listTrainingPipelines request %j", request);
        return this.innerApiCalls.listTrainingPipelines(request, options, wrappedCallback)?.then(([response, input, output]) => {
          this._log.info("listTrainingPipelines values %j", response);
          return [response, input, output];
        });
      }
      /**
       * Equivalent to `listTrainingPipelines`, but returns a NodeJS Stream object.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the TrainingPipelines
       *   from. Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `training_task_definition` `=`, `!=` comparisons, and `:` wildcard.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="PIPELINE_STATE_SUCCEEDED" AND display_name:"my_pipeline_*"`
       *     * `state!="PIPELINE_STATE_FAILED" OR display_name="my_pipeline"`
       *     * `NOT display_name="my_pipeline"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `training_task_definition:"*automl_text_classification*"`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListTrainingPipelinesResponse.next_page_token|ListTrainingPipelinesResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.PipelineService.ListTrainingPipelines|PipelineService.ListTrainingPipelines}
       *   call.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Stream}
       *   An object stream which emits an object representing {@link protos.google.cloud.aiplatform.v1.TrainingPipeline|TrainingPipeline} on 'data' event.
       *   The client library will perform auto-pagination by default: it will call the API as many
       *   times as needed. Note that it can affect your quota.
       *   We recommend using `listTrainingPipelinesAsync()`
       *   method described below for async iteration which you can stop as needed.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       */
      listTrainingPipelinesStream(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listTrainingPipelines"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listTrainingPipelines stream %j", request);
        return this.descriptors.page.listTrainingPipelines.createStream(this.innerApiCalls.listTrainingPipelines, request, callSettings);
      }
      /**
       * Equivalent to `listTrainingPipelines`, but returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the TrainingPipelines
       *   from. Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   The standard list filter.
       *
       *   Supported fields:
       *
       *     * `display_name` supports `=`, `!=` comparisons, and `:` wildcard.
       *     * `state` supports `=`, `!=` comparisons.
       *     * `training_task_definition` `=`, `!=` comparisons, and `:` wildcard.
       *     * `create_time` supports `=`, `!=`,`<`, `<=`,`>`, `>=` comparisons.
       *       `create_time` must be in RFC 3339 format.
       *     * `labels` supports general map functions that is:
       *       `labels.key=value` - key:value equality
       *       `labels.key:* - key existence
       *
       *   Some examples of using the filter are:
       *
       *     * `state="PIPELINE_STATE_SUCCEEDED" AND display_name:"my_pipeline_*"`
       *     * `state!="PIPELINE_STATE_FAILED" OR display_name="my_pipeline"`
       *     * `NOT display_name="my_pipeline"`
       *     * `create_time>"2021-05-18T00:00:00Z"`
       *     * `training_task_definition:"*automl_text_classification*"`
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListTrainingPipelinesResponse.next_page_token|ListTrainingPipelinesResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.PipelineService.ListTrainingPipelines|PipelineService.ListTrainingPipelines}
       *   call.
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link protos.google.cloud.aiplatform.v1.TrainingPipeline|TrainingPipeline}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/pipeline_service.list_training_pipelines.js</caption>
       * region_tag:aiplatform_v1_generated_PipelineService_ListTrainingPipelines_async
       */
      listTrainingPipelinesAsync(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listTrainingPipelines"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listTrainingPipelines iterate %j", request);
        return this.descriptors.page.listTrainingPipelines.asyncIterate(this.innerApiCalls["listTrainingPipelines"], request, callSettings);
      }
      listPipelineJobs(request, optionsOrCallback, callback) {
        request = request || {};
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        this.initialize().catch((err) => {
          throw err;
        });
        const wrappedCallback = callback ? (error, values, nextPageRequest, rawResponse) => {
          this._log.info("listPipelineJobs values %j", values);
          callback(error, values, nextPageRequest, rawResponse);
        } : void 0;
        this._log.info("listPipelineJobs request %j", request);
        return this.innerApiCalls.listPipelineJobs(request, options, wrappedCallback)?.then(([response, input, output]) => {
          this._log.info("listPipelineJobs values %j", response);
          return [response, input, output];
        });
      }
      /**
       * Equivalent to `listPipelineJobs`, but returns a NodeJS Stream object.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the PipelineJobs from.
       *   Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   Lists the PipelineJobs that match the filter expression. The following
       *   fields are supported:
       *
       *   * `pipeline_name`: Supports `=` and `!=` comparisons.
       *   * `display_name`: Supports `=`, `!=` comparisons, and `:` wildcard.
       *   * `pipeline_job_user_id`: Supports `=`, `!=` comparisons, and `:` wildcard.
       *     for example, can check if pipeline's display_name contains *step* by
       *     doing display_name:\"*step*\"
       *   * `state`: Supports `=` and `!=` comparisons.
       *   * `create_time`: Supports `=`, `!=`, `<`, `>`, `<=`, and `>=` comparisons.
       *     Values must be in RFC 3339 format.
       *   * `update_time`: Supports `=`, `!=`, `<`, `>`, `<=`, and `>=` comparisons.
       *     Values must be in RFC 3339 format.
       *   * `end_time`: Supports `=`, `!=`, `<`, `>`, `<=`, and `>=` comparisons.
       *     Values must be in RFC 3339 format.
       *   * `labels`: Supports key-value equality and key presence.
       *   * `template_uri`: Supports `=`, `!=` comparisons, and `:` wildcard.
       *   * `template_metadata.version`: Supports `=`, `!=` comparisons, and `:`
       *     wildcard.
       *
       *   Filter expressions can be combined together using logical operators
       *   (`AND` & `OR`).
       *   For example: `pipeline_name="test" AND create_time>"2020-05-18T13:30:00Z"`.
       *
       *   The syntax to define filter expression is based on
       *   https://google.aip.dev/160.
       *
       *   Examples:
       *
       *   * `create_time>"2021-05-18T00:00:00Z" OR
       *     update_time>"2020-05-18T00:00:00Z"` PipelineJobs created or updated
       *     after 2020-05-18 00:00:00 UTC.
       *   * `labels.env = "prod"`
       *     PipelineJobs with label "env" set to "prod".
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListPipelineJobsResponse.next_page_token|ListPipelineJobsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.PipelineService.ListPipelineJobs|PipelineService.ListPipelineJobs}
       *   call.
       * @param {string} request.orderBy
       *   A comma-separated list of fields to order by. The default sort order is in
       *   ascending order. Use "desc" after a field name for descending. You can have
       *   multiple order_by fields provided e.g. "create_time desc, end_time",
       *   "end_time, start_time, update_time" For example, using "create_time desc,
       *   end_time" will order results by create time in descending order, and if
       *   there are multiple jobs having the same create time, order them by the end
       *   time in ascending order. if order_by is not specified, it will order by
       *   default order is create time in descending order. Supported fields:
       *
       *     * `create_time`
       *     * `update_time`
       *     * `end_time`
       *     * `start_time`
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Stream}
       *   An object stream which emits an object representing {@link protos.google.cloud.aiplatform.v1.PipelineJob|PipelineJob} on 'data' event.
       *   The client library will perform auto-pagination by default: it will call the API as many
       *   times as needed. Note that it can affect your quota.
       *   We recommend using `listPipelineJobsAsync()`
       *   method described below for async iteration which you can stop as needed.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       */
      listPipelineJobsStream(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listPipelineJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listPipelineJobs stream %j", request);
        return this.descriptors.page.listPipelineJobs.createStream(this.innerApiCalls.listPipelineJobs, request, callSettings);
      }
      /**
       * Equivalent to `listPipelineJobs`, but returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.parent
       *   Required. The resource name of the Location to list the PipelineJobs from.
       *   Format: `projects/{project}/locations/{location}`
       * @param {string} request.filter
       *   Lists the PipelineJobs that match the filter expression. The following
       *   fields are supported:
       *
       *   * `pipeline_name`: Supports `=` and `!=` comparisons.
       *   * `display_name`: Supports `=`, `!=` comparisons, and `:` wildcard.
       *   * `pipeline_job_user_id`: Supports `=`, `!=` comparisons, and `:` wildcard.
       *     for example, can check if pipeline's display_name contains *step* by
       *     doing display_name:\"*step*\"
       *   * `state`: Supports `=` and `!=` comparisons.
       *   * `create_time`: Supports `=`, `!=`, `<`, `>`, `<=`, and `>=` comparisons.
       *     Values must be in RFC 3339 format.
       *   * `update_time`: Supports `=`, `!=`, `<`, `>`, `<=`, and `>=` comparisons.
       *     Values must be in RFC 3339 format.
       *   * `end_time`: Supports `=`, `!=`, `<`, `>`, `<=`, and `>=` comparisons.
       *     Values must be in RFC 3339 format.
       *   * `labels`: Supports key-value equality and key presence.
       *   * `template_uri`: Supports `=`, `!=` comparisons, and `:` wildcard.
       *   * `template_metadata.version`: Supports `=`, `!=` comparisons, and `:`
       *     wildcard.
       *
       *   Filter expressions can be combined together using logical operators
       *   (`AND` & `OR`).
       *   For example: `pipeline_name="test" AND create_time>"2020-05-18T13:30:00Z"`.
       *
       *   The syntax to define filter expression is based on
       *   https://google.aip.dev/160.
       *
       *   Examples:
       *
       *   * `create_time>"2021-05-18T00:00:00Z" OR
       *     update_time>"2020-05-18T00:00:00Z"` PipelineJobs created or updated
       *     after 2020-05-18 00:00:00 UTC.
       *   * `labels.env = "prod"`
       *     PipelineJobs with label "env" set to "prod".
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       *   Typically obtained via
       *   {@link protos.google.cloud.aiplatform.v1.ListPipelineJobsResponse.next_page_token|ListPipelineJobsResponse.next_page_token}
       *   of the previous
       *   {@link protos.google.cloud.aiplatform.v1.PipelineService.ListPipelineJobs|PipelineService.ListPipelineJobs}
       *   call.
       * @param {string} request.orderBy
       *   A comma-separated list of fields to order by. The default sort order is in
       *   ascending order. Use "desc" after a field name for descending. You can have
       *   multiple order_by fields provided e.g. "create_time desc, end_time",
       *   "end_time, start_time, update_time" For example, using "create_time desc,
       *   end_time" will order results by create time in descending order, and if
       *   there are multiple jobs having the same create time, order them by the end
       *   time in ascending order. if order_by is not specified, it will order by
       *   default order is create time in descending order. Supported fields:
       *
       *     * `create_time`
       *     * `update_time`
       *     * `end_time`
       *     * `start_time`
       * @param {google.protobuf.FieldMask} request.readMask
       *   Mask specifying which fields to read.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link protos.google.cloud.aiplatform.v1.PipelineJob|PipelineJob}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example <caption>include:samples/generated/v1/pipeline_service.list_pipeline_jobs.js</caption>
       * region_tag:aiplatform_v1_generated_PipelineService_ListPipelineJobs_async
       */
      listPipelineJobsAsync(request, options) {
        request = request || {};
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          parent: request.parent ?? ""
        });
        const defaultCallSettings = this._defaults["listPipelineJobs"];
        const callSettings = defaultCallSettings.merge(options);
        this.initialize().catch((err) => {
          throw err;
        });
        this._log.info("listPipelineJobs iterate %j", request);
        return this.descriptors.page.listPipelineJobs.asyncIterate(this.innerApiCalls["listPipelineJobs"], request, callSettings);
      }
      /**
       * Gets the access control policy for a resource. Returns an empty policy
       * if the resource exists and does not have a policy set.
       *
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.resource
       *   REQUIRED: The resource for which the policy is being requested.
       *   See the operation documentation for the appropriate value for this field.
       * @param {Object} [request.options]
       *   OPTIONAL: A `GetPolicyOptions` object for specifying options to
       *   `GetIamPolicy`. This field is only used by Cloud IAM.
       *
       *   This object should have the same structure as {@link google.iam.v1.GetPolicyOptions | GetPolicyOptions}.
       * @param {Object} [options]
       *   Optional parameters. You can override the default settings for this call, e.g, timeout,
       *   retries, paginations, etc. See {@link https://googleapis.github.io/gax-nodejs/interfaces/CallOptions.html | gax.CallOptions} for the details.
       * @param {function(?Error, ?Object)} [callback]
       *   The function which will be called with the result of the API call.
       *
       *   The second parameter to the callback is an object representing {@link google.iam.v1.Policy | Policy}.
       * @returns {Promise} - The promise which resolves to an array.
       *   The first element of the array is an object representing {@link google.iam.v1.Policy | Policy}.
       *   The promise has a method named "cancel" which cancels the ongoing API call.
       */
      getIamPolicy(request, options, callback) {
        return this.iamClient.getIamPolicy(request, options, callback);
      }
      /**
       * Returns permissions that a caller has on the specified resource. If the
       * resource does not exist, this will return an empty set of
       * permissions, not a NOT_FOUND error.
       *
       * Note: This operation is designed to be used for building
       * permission-aware UIs and command-line tools, not for authorization
       * checking. This operation may "fail open" without warning.
       *
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.resource
       *   REQUIRED: The resource for which the policy detail is being requested.
       *   See the operation documentation for the appropriate value for this field.
       * @param {string[]} request.permissions
       *   The set of permissions to check for the `resource`. Permissions with
       *   wildcards (such as '*' or 'storage.*') are not allowed. For more
       *   information see {@link https://cloud.google.com/iam/docs/overview#permissions | IAM Overview }.
       * @param {Object} [options]
       *   Optional parameters. You can override the default settings for this call, e.g, timeout,
       *   retries, paginations, etc. See {@link https://googleapis.github.io/gax-nodejs/interfaces/CallOptions.html | gax.CallOptions} for the details.
       * @param {function(?Error, ?Object)} [callback]
       *   The function which will be called with the result of the API call.
       *
       *   The second parameter to the callback is an object representing {@link google.iam.v1.TestIamPermissionsResponse | TestIamPermissionsResponse}.
       * @returns {Promise} - The promise which resolves to an array.
       *   The first element of the array is an object representing {@link google.iam.v1.TestIamPermissionsResponse | TestIamPermissionsResponse}.
       *   The promise has a method named "cancel" which cancels the ongoing API call.
       */
      setIamPolicy(request, options, callback) {
        return this.iamClient.setIamPolicy(request, options, callback);
      }
      /**
       * Returns permissions that a caller has on the specified resource. If the
       * resource does not exist, this will return an empty set of
       * permissions, not a NOT_FOUND error.
       *
       * Note: This operation is designed to be used for building
       * permission-aware UIs and command-line tools, not for authorization
       * checking. This operation may "fail open" without warning.
       *
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.resource
       *   REQUIRED: The resource for which the policy detail is being requested.
       *   See the operation documentation for the appropriate value for this field.
       * @param {string[]} request.permissions
       *   The set of permissions to check for the `resource`. Permissions with
       *   wildcards (such as '*' or 'storage.*') are not allowed. For more
       *   information see {@link https://cloud.google.com/iam/docs/overview#permissions | IAM Overview }.
       * @param {Object} [options]
       *   Optional parameters. You can override the default settings for this call, e.g, timeout,
       *   retries, paginations, etc. See {@link https://googleapis.github.io/gax-nodejs/interfaces/CallOptions.html | gax.CallOptions} for the details.
       * @param {function(?Error, ?Object)} [callback]
       *   The function which will be called with the result of the API call.
       *
       *   The second parameter to the callback is an object representing {@link google.iam.v1.TestIamPermissionsResponse | TestIamPermissionsResponse}.
       * @returns {Promise} - The promise which resolves to an array.
       *   The first element of the array is an object representing {@link google.iam.v1.TestIamPermissionsResponse | TestIamPermissionsResponse}.
       *   The promise has a method named "cancel" which cancels the ongoing API call.
       *
       */
      testIamPermissions(request, options, callback) {
        return this.iamClient.testIamPermissions(request, options, callback);
      }
      /**
       * Gets information about a location.
       *
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.name
       *   Resource name for the location.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html | CallOptions} for more details.
       * @returns {Promise} - The promise which resolves to an array.
       *   The first element of the array is an object representing {@link google.cloud.location.Location | Location}.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#regular-methods | documentation }
       *   for more details and examples.
       * @example
       * ```
       * const [response] = await client.getLocation(request);
       * ```
       */
      getLocation(request, options, callback) {
        return this.locationsClient.getLocation(request, options, callback);
      }
      /**
       * Lists information about the supported locations for this service. Returns an iterable object.
       *
       * `for`-`await`-`of` syntax is used with the iterable to get response elements on-demand.
       * @param {Object} request
       *   The request object that will be sent.
       * @param {string} request.name
       *   The resource that owns the locations collection, if applicable.
       * @param {string} request.filter
       *   The standard list filter.
       * @param {number} request.pageSize
       *   The standard list page size.
       * @param {string} request.pageToken
       *   The standard list page token.
       * @param {object} [options]
       *   Call options. See {@link https://googleapis.dev/nodejs/google-gax/latest/interfaces/CallOptions.html|CallOptions} for more details.
       * @returns {Object}
       *   An iterable Object that allows {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | async iteration }.
       *   When you iterate the returned iterable, each element will be an object representing
       *   {@link google.cloud.location.Location | Location}. The API will be called under the hood as needed, once per the page,
       *   so you can stop the iteration when you don't need more results.
       *   Please see the {@link https://github.com/googleapis/gax-nodejs/blob/master/client-libraries.md#auto-pagination | documentation }
       *   for more details and examples.
       * @example
       * ```
       * const iterable = client.listLocationsAsync(request);
       * for await (const response of iterable) {
       *   // process response
       * }
       * ```
       */
      listLocationsAsync(request, options) {
        return this.locationsClient.listLocationsAsync(request, options);
      }
      /**
       * Gets the latest state of a long-running operation.  Clients can use this
       * method to poll the operation result at intervals as recommended by the API
       * service.
       *
       * @param {Object} request - The request object that will be sent.
       * @param {string} request.name - The name of the operation resource.
       * @param {Object=} options
       *   Optional parameters. You can override the default settings for this call,
       *   e.g, timeout, retries, paginations, etc. See {@link
       *   https://googleapis.github.io/gax-nodejs/global.html#CallOptions | gax.CallOptions}
       *   for the details.
       * @param {function(?Error, ?Object)=} callback
       *   The function which will be called with the result of the API call.
       *
       *   The second parameter to the callback is an object representing
       *   {@link google.longrunning.Operation | google.longrunning.Operation}.
       * @return {Promise} - The promise which resolves to an array.
       *   The first element of the array is an object representing
       * {@link google.longrunning.Operation | google.longrunning.Operation}.
       * The promise has a method named "cancel" which cancels the ongoing API call.
       *
       * @example
       * ```
       * const client = longrunning.operationsClient();
       * const name = '';
       * const [response] = await client.getOperation({name});
       * // doThingsWith(response)
       * ```
       */
      getOperation(request, optionsOrCallback, callback) {
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        return this.operationsClient.getOperation(request, options, callback);
      }
      /**
       * Lists operations that match the specified filter in the request. If the
       * server doesn't support this method, it returns `UNIMPLEMENTED`. Returns an iterable object.
       *
       * For-await-of syntax is used with the iterable to recursively get response element on-demand.
       *
       * @param {Object} request - The request object that will be sent.
       * @param {string} request.name - The name of the operation collection.
       * @param {string} request.filter - The standard list filter.
       * @param {number=} request.pageSize -
       *   The maximum number of resources contained in the underlying API
       *   response. If page streaming is performed per-resource, this
       *   parameter does not affect the return value. If page streaming is
       *   performed per-page, this determines the maximum number of
       *   resources in a page.
       * @param {Object=} options
       *   Optional parameters. You can override the default settings for this call,
       *   e.g, timeout, retries, paginations, etc. See {@link
       *   https://googleapis.github.io/gax-nodejs/global.html#CallOptions | gax.CallOptions} for the
       *   details.
       * @returns {Object}
       *   An iterable Object that conforms to {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Iteration_protocols | iteration protocols}.
       *
       * @example
       * ```
       * const client = longrunning.operationsClient();
       * for await (const response of client.listOperationsAsync(request));
       * // doThingsWith(response)
       * ```
       */
      listOperationsAsync(request, options) {
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        return this.operationsClient.listOperationsAsync(request, options);
      }
      /**
       * Starts asynchronous cancellation on a long-running operation.  The server
       * makes a best effort to cancel the operation, but success is not
       * guaranteed.  If the server doesn't support this method, it returns
       * `google.rpc.Code.UNIMPLEMENTED`.  Clients can use
       * {@link Operations.GetOperation} or
       * other methods to check whether the cancellation succeeded or whether the
       * operation completed despite cancellation. On successful cancellation,
       * the operation is not deleted; instead, it becomes an operation with
       * an {@link Operation.error} value with a {@link google.rpc.Status.code} of
       * 1, corresponding to `Code.CANCELLED`.
       *
       * @param {Object} request - The request object that will be sent.
       * @param {string} request.name - The name of the operation resource to be cancelled.
       * @param {Object=} options
       *   Optional parameters. You can override the default settings for this call,
       * e.g, timeout, retries, paginations, etc. See {@link
       * https://googleapis.github.io/gax-nodejs/global.html#CallOptions | gax.CallOptions} for the
       * details.
       * @param {function(?Error)=} callback
       *   The function which will be called with the result of the API call.
       * @return {Promise} - The promise which resolves when API call finishes.
       *   The promise has a method named "cancel" which cancels the ongoing API
       * call.
       *
       * @example
       * ```
       * const client = longrunning.operationsClient();
       * await client.cancelOperation({name: ''});
       * ```
       */
      cancelOperation(request, optionsOrCallback, callback) {
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        return this.operationsClient.cancelOperation(request, options, callback);
      }
      /**
       * Deletes a long-running operation. This method indicates that the client is
       * no longer interested in the operation result. It does not cancel the
       * operation. If the server doesn't support this method, it returns
       * `google.rpc.Code.UNIMPLEMENTED`.
       *
       * @param {Object} request - The request object that will be sent.
       * @param {string} request.name - The name of the operation resource to be deleted.
       * @param {Object=} options
       *   Optional parameters. You can override the default settings for this call,
       * e.g, timeout, retries, paginations, etc. See {@link
       * https://googleapis.github.io/gax-nodejs/global.html#CallOptions | gax.CallOptions}
       * for the details.
       * @param {function(?Error)=} callback
       *   The function which will be called with the result of the API call.
       * @return {Promise} - The promise which resolves when API call finishes.
       *   The promise has a method named "cancel" which cancels the ongoing API
       * call.
       *
       * @example
       * ```
       * const client = longrunning.operationsClient();
       * await client.deleteOperation({name: ''});
       * ```
       */
      deleteOperation(request, optionsOrCallback, callback) {
        let options;
        if (typeof optionsOrCallback === "function" && callback === void 0) {
          callback = optionsOrCallback;
          options = {};
        } else {
          options = optionsOrCallback;
        }
        options = options || {};
        options.otherArgs = options.otherArgs || {};
        options.otherArgs.headers = options.otherArgs.headers || {};
        options.otherArgs.headers["x-goog-request-params"] = this._gaxModule.routingHeader.fromParams({
          name: request.name ?? ""
        });
        return this.operationsClient.deleteOperation(request, options, callback);
      }
      // --------------------
      // -- Path templates --
      // --------------------
      /**
       * Return a fully-qualified annotation resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @param {string} data_item
       * @param {string} annotation
       * @returns {string} Resource name string.
       */
      annotationPath(project, location, dataset, dataItem, annotation) {
        return this.pathTemplates.annotationPathTemplate.render({
          project,
          location,
          dataset,
          data_item: dataItem,
          annotation
        });
      }
      /**
       * Parse the project from Annotation resource.
       *
       * @param {string} annotationName
       *   A fully-qualified path representing Annotation resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromAnnotationName(annotationName) {
        return this.pathTemplates.annotationPathTemplate.match(annotationName).project;
      }
      /**
       * Parse the location from Annotation resource.
       *
       * @param {string} annotationName
       *   A fully-qualified path representing Annotation resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromAnnotationName(annotationName) {
        return this.pathTemplates.annotationPathTemplate.match(annotationName).location;
      }
      /**
       * Parse the dataset from Annotation resource.
       *
       * @param {string} annotationName
       *   A fully-qualified path representing Annotation resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromAnnotationName(annotationName) {
        return this.pathTemplates.annotationPathTemplate.match(annotationName).dataset;
      }
      /**
       * Parse the data_item from Annotation resource.
       *
       * @param {string} annotationName
       *   A fully-qualified path representing Annotation resource.
       * @returns {string} A string representing the data_item.
       */
      matchDataItemFromAnnotationName(annotationName) {
        return this.pathTemplates.annotationPathTemplate.match(annotationName).data_item;
      }
      /**
       * Parse the annotation from Annotation resource.
       *
       * @param {string} annotationName
       *   A fully-qualified path representing Annotation resource.
       * @returns {string} A string representing the annotation.
       */
      matchAnnotationFromAnnotationName(annotationName) {
        return this.pathTemplates.annotationPathTemplate.match(annotationName).annotation;
      }
      /**
       * Return a fully-qualified annotationSpec resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @param {string} annotation_spec
       * @returns {string} Resource name string.
       */
      annotationSpecPath(project, location, dataset, annotationSpec) {
        return this.pathTemplates.annotationSpecPathTemplate.render({
          project,
          location,
          dataset,
          annotation_spec: annotationSpec
        });
      }
      /**
       * Parse the project from AnnotationSpec resource.
       *
       * @param {string} annotationSpecName
       *   A fully-qualified path representing AnnotationSpec resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromAnnotationSpecName(annotationSpecName) {
        return this.pathTemplates.annotationSpecPathTemplate.match(annotationSpecName).project;
      }
      /**
       * Parse the location from AnnotationSpec resource.
       *
       * @param {string} annotationSpecName
       *   A fully-qualified path representing AnnotationSpec resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromAnnotationSpecName(annotationSpecName) {
        return this.pathTemplates.annotationSpecPathTemplate.match(annotationSpecName).location;
      }
      /**
       * Parse the dataset from AnnotationSpec resource.
       *
       * @param {string} annotationSpecName
       *   A fully-qualified path representing AnnotationSpec resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromAnnotationSpecName(annotationSpecName) {
        return this.pathTemplates.annotationSpecPathTemplate.match(annotationSpecName).dataset;
      }
      /**
       * Parse the annotation_spec from AnnotationSpec resource.
       *
       * @param {string} annotationSpecName
       *   A fully-qualified path representing AnnotationSpec resource.
       * @returns {string} A string representing the annotation_spec.
       */
      matchAnnotationSpecFromAnnotationSpecName(annotationSpecName) {
        return this.pathTemplates.annotationSpecPathTemplate.match(annotationSpecName).annotation_spec;
      }
      /**
       * Return a fully-qualified artifact resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} metadata_store
       * @param {string} artifact
       * @returns {string} Resource name string.
       */
      artifactPath(project, location, metadataStore, artifact) {
        return this.pathTemplates.artifactPathTemplate.render({
          project,
          location,
          metadata_store: metadataStore,
          artifact
        });
      }
      /**
       * Parse the project from Artifact resource.
       *
       * @param {string} artifactName
       *   A fully-qualified path representing Artifact resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromArtifactName(artifactName) {
        return this.pathTemplates.artifactPathTemplate.match(artifactName).project;
      }
      /**
       * Parse the location from Artifact resource.
       *
       * @param {string} artifactName
       *   A fully-qualified path representing Artifact resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromArtifactName(artifactName) {
        return this.pathTemplates.artifactPathTemplate.match(artifactName).location;
      }
      /**
       * Parse the metadata_store from Artifact resource.
       *
       * @param {string} artifactName
       *   A fully-qualified path representing Artifact resource.
       * @returns {string} A string representing the metadata_store.
       */
      matchMetadataStoreFromArtifactName(artifactName) {
        return this.pathTemplates.artifactPathTemplate.match(artifactName).metadata_store;
      }
      /**
       * Parse the artifact from Artifact resource.
       *
       * @param {string} artifactName
       *   A fully-qualified path representing Artifact resource.
       * @returns {string} A string representing the artifact.
       */
      matchArtifactFromArtifactName(artifactName) {
        return this.pathTemplates.artifactPathTemplate.match(artifactName).artifact;
      }
      /**
       * Return a fully-qualified batchPredictionJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} batch_prediction_job
       * @returns {string} Resource name string.
       */
      batchPredictionJobPath(project, location, batchPredictionJob) {
        return this.pathTemplates.batchPredictionJobPathTemplate.render({
          project,
          location,
          batch_prediction_job: batchPredictionJob
        });
      }
      /**
       * Parse the project from BatchPredictionJob resource.
       *
       * @param {string} batchPredictionJobName
       *   A fully-qualified path representing BatchPredictionJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromBatchPredictionJobName(batchPredictionJobName) {
        return this.pathTemplates.batchPredictionJobPathTemplate.match(batchPredictionJobName).project;
      }
      /**
       * Parse the location from BatchPredictionJob resource.
       *
       * @param {string} batchPredictionJobName
       *   A fully-qualified path representing BatchPredictionJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromBatchPredictionJobName(batchPredictionJobName) {
        return this.pathTemplates.batchPredictionJobPathTemplate.match(batchPredictionJobName).location;
      }
      /**
       * Parse the batch_prediction_job from BatchPredictionJob resource.
       *
       * @param {string} batchPredictionJobName
       *   A fully-qualified path representing BatchPredictionJob resource.
       * @returns {string} A string representing the batch_prediction_job.
       */
      matchBatchPredictionJobFromBatchPredictionJobName(batchPredictionJobName) {
        return this.pathTemplates.batchPredictionJobPathTemplate.match(batchPredictionJobName).batch_prediction_job;
      }
      /**
       * Return a fully-qualified cachedContent resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} cached_content
       * @returns {string} Resource name string.
       */
      cachedContentPath(project, location, cachedContent) {
        return this.pathTemplates.cachedContentPathTemplate.render({
          project,
          location,
          cached_content: cachedContent
        });
      }
      /**
       * Parse the project from CachedContent resource.
       *
       * @param {string} cachedContentName
       *   A fully-qualified path representing CachedContent resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromCachedContentName(cachedContentName) {
        return this.pathTemplates.cachedContentPathTemplate.match(cachedContentName).project;
      }
      /**
       * Parse the location from CachedContent resource.
       *
       * @param {string} cachedContentName
       *   A fully-qualified path representing CachedContent resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromCachedContentName(cachedContentName) {
        return this.pathTemplates.cachedContentPathTemplate.match(cachedContentName).location;
      }
      /**
       * Parse the cached_content from CachedContent resource.
       *
       * @param {string} cachedContentName
       *   A fully-qualified path representing CachedContent resource.
       * @returns {string} A string representing the cached_content.
       */
      matchCachedContentFromCachedContentName(cachedContentName) {
        return this.pathTemplates.cachedContentPathTemplate.match(cachedContentName).cached_content;
      }
      /**
       * Return a fully-qualified context resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} metadata_store
       * @param {string} context
       * @returns {string} Resource name string.
       */
      contextPath(project, location, metadataStore, context) {
        return this.pathTemplates.contextPathTemplate.render({
          project,
          location,
          metadata_store: metadataStore,
          context
        });
      }
      /**
       * Parse the project from Context resource.
       *
       * @param {string} contextName
       *   A fully-qualified path representing Context resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromContextName(contextName) {
        return this.pathTemplates.contextPathTemplate.match(contextName).project;
      }
      /**
       * Parse the location from Context resource.
       *
       * @param {string} contextName
       *   A fully-qualified path representing Context resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromContextName(contextName) {
        return this.pathTemplates.contextPathTemplate.match(contextName).location;
      }
      /**
       * Parse the metadata_store from Context resource.
       *
       * @param {string} contextName
       *   A fully-qualified path representing Context resource.
       * @returns {string} A string representing the metadata_store.
       */
      matchMetadataStoreFromContextName(contextName) {
        return this.pathTemplates.contextPathTemplate.match(contextName).metadata_store;
      }
      /**
       * Parse the context from Context resource.
       *
       * @param {string} contextName
       *   A fully-qualified path representing Context resource.
       * @returns {string} A string representing the context.
       */
      matchContextFromContextName(contextName) {
        return this.pathTemplates.contextPathTemplate.match(contextName).context;
      }
      /**
       * Return a fully-qualified customJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} custom_job
       * @returns {string} Resource name string.
       */
      customJobPath(project, location, customJob) {
        return this.pathTemplates.customJobPathTemplate.render({
          project,
          location,
          custom_job: customJob
        });
      }
      /**
       * Parse the project from CustomJob resource.
       *
       * @param {string} customJobName
       *   A fully-qualified path representing CustomJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromCustomJobName(customJobName) {
        return this.pathTemplates.customJobPathTemplate.match(customJobName).project;
      }
      /**
       * Parse the location from CustomJob resource.
       *
       * @param {string} customJobName
       *   A fully-qualified path representing CustomJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromCustomJobName(customJobName) {
        return this.pathTemplates.customJobPathTemplate.match(customJobName).location;
      }
      /**
       * Parse the custom_job from CustomJob resource.
       *
       * @param {string} customJobName
       *   A fully-qualified path representing CustomJob resource.
       * @returns {string} A string representing the custom_job.
       */
      matchCustomJobFromCustomJobName(customJobName) {
        return this.pathTemplates.customJobPathTemplate.match(customJobName).custom_job;
      }
      /**
       * Return a fully-qualified dataItem resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @param {string} data_item
       * @returns {string} Resource name string.
       */
      dataItemPath(project, location, dataset, dataItem) {
        return this.pathTemplates.dataItemPathTemplate.render({
          project,
          location,
          dataset,
          data_item: dataItem
        });
      }
      /**
       * Parse the project from DataItem resource.
       *
       * @param {string} dataItemName
       *   A fully-qualified path representing DataItem resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromDataItemName(dataItemName) {
        return this.pathTemplates.dataItemPathTemplate.match(dataItemName).project;
      }
      /**
       * Parse the location from DataItem resource.
       *
       * @param {string} dataItemName
       *   A fully-qualified path representing DataItem resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromDataItemName(dataItemName) {
        return this.pathTemplates.dataItemPathTemplate.match(dataItemName).location;
      }
      /**
       * Parse the dataset from DataItem resource.
       *
       * @param {string} dataItemName
       *   A fully-qualified path representing DataItem resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromDataItemName(dataItemName) {
        return this.pathTemplates.dataItemPathTemplate.match(dataItemName).dataset;
      }
      /**
       * Parse the data_item from DataItem resource.
       *
       * @param {string} dataItemName
       *   A fully-qualified path representing DataItem resource.
       * @returns {string} A string representing the data_item.
       */
      matchDataItemFromDataItemName(dataItemName) {
        return this.pathTemplates.dataItemPathTemplate.match(dataItemName).data_item;
      }
      /**
       * Return a fully-qualified dataLabelingJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} data_labeling_job
       * @returns {string} Resource name string.
       */
      dataLabelingJobPath(project, location, dataLabelingJob) {
        return this.pathTemplates.dataLabelingJobPathTemplate.render({
          project,
          location,
          data_labeling_job: dataLabelingJob
        });
      }
      /**
       * Parse the project from DataLabelingJob resource.
       *
       * @param {string} dataLabelingJobName
       *   A fully-qualified path representing DataLabelingJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromDataLabelingJobName(dataLabelingJobName) {
        return this.pathTemplates.dataLabelingJobPathTemplate.match(dataLabelingJobName).project;
      }
      /**
       * Parse the location from DataLabelingJob resource.
       *
       * @param {string} dataLabelingJobName
       *   A fully-qualified path representing DataLabelingJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromDataLabelingJobName(dataLabelingJobName) {
        return this.pathTemplates.dataLabelingJobPathTemplate.match(dataLabelingJobName).location;
      }
      /**
       * Parse the data_labeling_job from DataLabelingJob resource.
       *
       * @param {string} dataLabelingJobName
       *   A fully-qualified path representing DataLabelingJob resource.
       * @returns {string} A string representing the data_labeling_job.
       */
      matchDataLabelingJobFromDataLabelingJobName(dataLabelingJobName) {
        return this.pathTemplates.dataLabelingJobPathTemplate.match(dataLabelingJobName).data_labeling_job;
      }
      /**
       * Return a fully-qualified dataset resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @returns {string} Resource name string.
       */
      datasetPath(project, location, dataset) {
        return this.pathTemplates.datasetPathTemplate.render({
          project,
          location,
          dataset
        });
      }
      /**
       * Parse the project from Dataset resource.
       *
       * @param {string} datasetName
       *   A fully-qualified path representing Dataset resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromDatasetName(datasetName) {
        return this.pathTemplates.datasetPathTemplate.match(datasetName).project;
      }
      /**
       * Parse the location from Dataset resource.
       *
       * @param {string} datasetName
       *   A fully-qualified path representing Dataset resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromDatasetName(datasetName) {
        return this.pathTemplates.datasetPathTemplate.match(datasetName).location;
      }
      /**
       * Parse the dataset from Dataset resource.
       *
       * @param {string} datasetName
       *   A fully-qualified path representing Dataset resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromDatasetName(datasetName) {
        return this.pathTemplates.datasetPathTemplate.match(datasetName).dataset;
      }
      /**
       * Return a fully-qualified datasetVersion resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @param {string} dataset_version
       * @returns {string} Resource name string.
       */
      datasetVersionPath(project, location, dataset, datasetVersion) {
        return this.pathTemplates.datasetVersionPathTemplate.render({
          project,
          location,
          dataset,
          dataset_version: datasetVersion
        });
      }
      /**
       * Parse the project from DatasetVersion resource.
       *
       * @param {string} datasetVersionName
       *   A fully-qualified path representing DatasetVersion resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromDatasetVersionName(datasetVersionName) {
        return this.pathTemplates.datasetVersionPathTemplate.match(datasetVersionName).project;
      }
      /**
       * Parse the location from DatasetVersion resource.
       *
       * @param {string} datasetVersionName
       *   A fully-qualified path representing DatasetVersion resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromDatasetVersionName(datasetVersionName) {
        return this.pathTemplates.datasetVersionPathTemplate.match(datasetVersionName).location;
      }
      /**
       * Parse the dataset from DatasetVersion resource.
       *
       * @param {string} datasetVersionName
       *   A fully-qualified path representing DatasetVersion resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromDatasetVersionName(datasetVersionName) {
        return this.pathTemplates.datasetVersionPathTemplate.match(datasetVersionName).dataset;
      }
      /**
       * Parse the dataset_version from DatasetVersion resource.
       *
       * @param {string} datasetVersionName
       *   A fully-qualified path representing DatasetVersion resource.
       * @returns {string} A string representing the dataset_version.
       */
      matchDatasetVersionFromDatasetVersionName(datasetVersionName) {
        return this.pathTemplates.datasetVersionPathTemplate.match(datasetVersionName).dataset_version;
      }
      /**
       * Return a fully-qualified deploymentResourcePool resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} deployment_resource_pool
       * @returns {string} Resource name string.
       */
      deploymentResourcePoolPath(project, location, deploymentResourcePool) {
        return this.pathTemplates.deploymentResourcePoolPathTemplate.render({
          project,
          location,
          deployment_resource_pool: deploymentResourcePool
        });
      }
      /**
       * Parse the project from DeploymentResourcePool resource.
       *
       * @param {string} deploymentResourcePoolName
       *   A fully-qualified path representing DeploymentResourcePool resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromDeploymentResourcePoolName(deploymentResourcePoolName) {
        return this.pathTemplates.deploymentResourcePoolPathTemplate.match(deploymentResourcePoolName).project;
      }
      /**
       * Parse the location from DeploymentResourcePool resource.
       *
       * @param {string} deploymentResourcePoolName
       *   A fully-qualified path representing DeploymentResourcePool resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromDeploymentResourcePoolName(deploymentResourcePoolName) {
        return this.pathTemplates.deploymentResourcePoolPathTemplate.match(deploymentResourcePoolName).location;
      }
      /**
       * Parse the deployment_resource_pool from DeploymentResourcePool resource.
       *
       * @param {string} deploymentResourcePoolName
       *   A fully-qualified path representing DeploymentResourcePool resource.
       * @returns {string} A string representing the deployment_resource_pool.
       */
      matchDeploymentResourcePoolFromDeploymentResourcePoolName(deploymentResourcePoolName) {
        return this.pathTemplates.deploymentResourcePoolPathTemplate.match(deploymentResourcePoolName).deployment_resource_pool;
      }
      /**
       * Return a fully-qualified entityType resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} featurestore
       * @param {string} entity_type
       * @returns {string} Resource name string.
       */
      entityTypePath(project, location, featurestore, entityType) {
        return this.pathTemplates.entityTypePathTemplate.render({
          project,
          location,
          featurestore,
          entity_type: entityType
        });
      }
      /**
       * Parse the project from EntityType resource.
       *
       * @param {string} entityTypeName
       *   A fully-qualified path representing EntityType resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromEntityTypeName(entityTypeName) {
        return this.pathTemplates.entityTypePathTemplate.match(entityTypeName).project;
      }
      /**
       * Parse the location from EntityType resource.
       *
       * @param {string} entityTypeName
       *   A fully-qualified path representing EntityType resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromEntityTypeName(entityTypeName) {
        return this.pathTemplates.entityTypePathTemplate.match(entityTypeName).location;
      }
      /**
       * Parse the featurestore from EntityType resource.
       *
       * @param {string} entityTypeName
       *   A fully-qualified path representing EntityType resource.
       * @returns {string} A string representing the featurestore.
       */
      matchFeaturestoreFromEntityTypeName(entityTypeName) {
        return this.pathTemplates.entityTypePathTemplate.match(entityTypeName).featurestore;
      }
      /**
       * Parse the entity_type from EntityType resource.
       *
       * @param {string} entityTypeName
       *   A fully-qualified path representing EntityType resource.
       * @returns {string} A string representing the entity_type.
       */
      matchEntityTypeFromEntityTypeName(entityTypeName) {
        return this.pathTemplates.entityTypePathTemplate.match(entityTypeName).entity_type;
      }
      /**
       * Return a fully-qualified execution resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} metadata_store
       * @param {string} execution
       * @returns {string} Resource name string.
       */
      executionPath(project, location, metadataStore, execution) {
        return this.pathTemplates.executionPathTemplate.render({
          project,
          location,
          metadata_store: metadataStore,
          execution
        });
      }
      /**
       * Parse the project from Execution resource.
       *
       * @param {string} executionName
       *   A fully-qualified path representing Execution resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromExecutionName(executionName) {
        return this.pathTemplates.executionPathTemplate.match(executionName).project;
      }
      /**
       * Parse the location from Execution resource.
       *
       * @param {string} executionName
       *   A fully-qualified path representing Execution resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromExecutionName(executionName) {
        return this.pathTemplates.executionPathTemplate.match(executionName).location;
      }
      /**
       * Parse the metadata_store from Execution resource.
       *
       * @param {string} executionName
       *   A fully-qualified path representing Execution resource.
       * @returns {string} A string representing the metadata_store.
       */
      matchMetadataStoreFromExecutionName(executionName) {
        return this.pathTemplates.executionPathTemplate.match(executionName).metadata_store;
      }
      /**
       * Parse the execution from Execution resource.
       *
       * @param {string} executionName
       *   A fully-qualified path representing Execution resource.
       * @returns {string} A string representing the execution.
       */
      matchExecutionFromExecutionName(executionName) {
        return this.pathTemplates.executionPathTemplate.match(executionName).execution;
      }
      /**
       * Return a fully-qualified featureGroup resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} feature_group
       * @returns {string} Resource name string.
       */
      featureGroupPath(project, location, featureGroup) {
        return this.pathTemplates.featureGroupPathTemplate.render({
          project,
          location,
          feature_group: featureGroup
        });
      }
      /**
       * Parse the project from FeatureGroup resource.
       *
       * @param {string} featureGroupName
       *   A fully-qualified path representing FeatureGroup resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromFeatureGroupName(featureGroupName) {
        return this.pathTemplates.featureGroupPathTemplate.match(featureGroupName).project;
      }
      /**
       * Parse the location from FeatureGroup resource.
       *
       * @param {string} featureGroupName
       *   A fully-qualified path representing FeatureGroup resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromFeatureGroupName(featureGroupName) {
        return this.pathTemplates.featureGroupPathTemplate.match(featureGroupName).location;
      }
      /**
       * Parse the feature_group from FeatureGroup resource.
       *
       * @param {string} featureGroupName
       *   A fully-qualified path representing FeatureGroup resource.
       * @returns {string} A string representing the feature_group.
       */
      matchFeatureGroupFromFeatureGroupName(featureGroupName) {
        return this.pathTemplates.featureGroupPathTemplate.match(featureGroupName).feature_group;
      }
      /**
       * Return a fully-qualified featureOnlineStore resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} feature_online_store
       * @returns {string} Resource name string.
       */
      featureOnlineStorePath(project, location, featureOnlineStore) {
        return this.pathTemplates.featureOnlineStorePathTemplate.render({
          project,
          location,
          feature_online_store: featureOnlineStore
        });
      }
      /**
       * Parse the project from FeatureOnlineStore resource.
       *
       * @param {string} featureOnlineStoreName
       *   A fully-qualified path representing FeatureOnlineStore resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromFeatureOnlineStoreName(featureOnlineStoreName) {
        return this.pathTemplates.featureOnlineStorePathTemplate.match(featureOnlineStoreName).project;
      }
      /**
       * Parse the location from FeatureOnlineStore resource.
       *
       * @param {string} featureOnlineStoreName
       *   A fully-qualified path representing FeatureOnlineStore resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromFeatureOnlineStoreName(featureOnlineStoreName) {
        return this.pathTemplates.featureOnlineStorePathTemplate.match(featureOnlineStoreName).location;
      }
      /**
       * Parse the feature_online_store from FeatureOnlineStore resource.
       *
       * @param {string} featureOnlineStoreName
       *   A fully-qualified path representing FeatureOnlineStore resource.
       * @returns {string} A string representing the feature_online_store.
       */
      matchFeatureOnlineStoreFromFeatureOnlineStoreName(featureOnlineStoreName) {
        return this.pathTemplates.featureOnlineStorePathTemplate.match(featureOnlineStoreName).feature_online_store;
      }
      /**
       * Return a fully-qualified featureView resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} feature_online_store
       * @param {string} feature_view
       * @returns {string} Resource name string.
       */
      featureViewPath(project, location, featureOnlineStore, featureView) {
        return this.pathTemplates.featureViewPathTemplate.render({
          project,
          location,
          feature_online_store: featureOnlineStore,
          feature_view: featureView
        });
      }
      /**
       * Parse the project from FeatureView resource.
       *
       * @param {string} featureViewName
       *   A fully-qualified path representing FeatureView resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromFeatureViewName(featureViewName) {
        return this.pathTemplates.featureViewPathTemplate.match(featureViewName).project;
      }
      /**
       * Parse the location from FeatureView resource.
       *
       * @param {string} featureViewName
       *   A fully-qualified path representing FeatureView resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromFeatureViewName(featureViewName) {
        return this.pathTemplates.featureViewPathTemplate.match(featureViewName).location;
      }
      /**
       * Parse the feature_online_store from FeatureView resource.
       *
       * @param {string} featureViewName
       *   A fully-qualified path representing FeatureView resource.
       * @returns {string} A string representing the feature_online_store.
       */
      matchFeatureOnlineStoreFromFeatureViewName(featureViewName) {
        return this.pathTemplates.featureViewPathTemplate.match(featureViewName).feature_online_store;
      }
      /**
       * Parse the feature_view from FeatureView resource.
       *
       * @param {string} featureViewName
       *   A fully-qualified path representing FeatureView resource.
       * @returns {string} A string representing the feature_view.
       */
      matchFeatureViewFromFeatureViewName(featureViewName) {
        return this.pathTemplates.featureViewPathTemplate.match(featureViewName).feature_view;
      }
      /**
       * Return a fully-qualified featureViewSync resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} feature_online_store
       * @param {string} feature_view
       * @returns {string} Resource name string.
       */
      featureViewSyncPath(project, location, featureOnlineStore, featureView) {
        return this.pathTemplates.featureViewSyncPathTemplate.render({
          project,
          location,
          feature_online_store: featureOnlineStore,
          feature_view: featureView
        });
      }
      /**
       * Parse the project from FeatureViewSync resource.
       *
       * @param {string} featureViewSyncName
       *   A fully-qualified path representing FeatureViewSync resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromFeatureViewSyncName(featureViewSyncName) {
        return this.pathTemplates.featureViewSyncPathTemplate.match(featureViewSyncName).project;
      }
      /**
       * Parse the location from FeatureViewSync resource.
       *
       * @param {string} featureViewSyncName
       *   A fully-qualified path representing FeatureViewSync resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromFeatureViewSyncName(featureViewSyncName) {
        return this.pathTemplates.featureViewSyncPathTemplate.match(featureViewSyncName).location;
      }
      /**
       * Parse the feature_online_store from FeatureViewSync resource.
       *
       * @param {string} featureViewSyncName
       *   A fully-qualified path representing FeatureViewSync resource.
       * @returns {string} A string representing the feature_online_store.
       */
      matchFeatureOnlineStoreFromFeatureViewSyncName(featureViewSyncName) {
        return this.pathTemplates.featureViewSyncPathTemplate.match(featureViewSyncName).feature_online_store;
      }
      /**
       * Parse the feature_view from FeatureViewSync resource.
       *
       * @param {string} featureViewSyncName
       *   A fully-qualified path representing FeatureViewSync resource.
       * @returns {string} A string representing the feature_view.
       */
      matchFeatureViewFromFeatureViewSyncName(featureViewSyncName) {
        return this.pathTemplates.featureViewSyncPathTemplate.match(featureViewSyncName).feature_view;
      }
      /**
       * Return a fully-qualified featurestore resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} featurestore
       * @returns {string} Resource name string.
       */
      featurestorePath(project, location, featurestore) {
        return this.pathTemplates.featurestorePathTemplate.render({
          project,
          location,
          featurestore
        });
      }
      /**
       * Parse the project from Featurestore resource.
       *
       * @param {string} featurestoreName
       *   A fully-qualified path representing Featurestore resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromFeaturestoreName(featurestoreName) {
        return this.pathTemplates.featurestorePathTemplate.match(featurestoreName).project;
      }
      /**
       * Parse the location from Featurestore resource.
       *
       * @param {string} featurestoreName
       *   A fully-qualified path representing Featurestore resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromFeaturestoreName(featurestoreName) {
        return this.pathTemplates.featurestorePathTemplate.match(featurestoreName).location;
      }
      /**
       * Parse the featurestore from Featurestore resource.
       *
       * @param {string} featurestoreName
       *   A fully-qualified path representing Featurestore resource.
       * @returns {string} A string representing the featurestore.
       */
      matchFeaturestoreFromFeaturestoreName(featurestoreName) {
        return this.pathTemplates.featurestorePathTemplate.match(featurestoreName).featurestore;
      }
      /**
       * Return a fully-qualified hyperparameterTuningJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} hyperparameter_tuning_job
       * @returns {string} Resource name string.
       */
      hyperparameterTuningJobPath(project, location, hyperparameterTuningJob) {
        return this.pathTemplates.hyperparameterTuningJobPathTemplate.render({
          project,
          location,
          hyperparameter_tuning_job: hyperparameterTuningJob
        });
      }
      /**
       * Parse the project from HyperparameterTuningJob resource.
       *
       * @param {string} hyperparameterTuningJobName
       *   A fully-qualified path representing HyperparameterTuningJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromHyperparameterTuningJobName(hyperparameterTuningJobName) {
        return this.pathTemplates.hyperparameterTuningJobPathTemplate.match(hyperparameterTuningJobName).project;
      }
      /**
       * Parse the location from HyperparameterTuningJob resource.
       *
       * @param {string} hyperparameterTuningJobName
       *   A fully-qualified path representing HyperparameterTuningJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromHyperparameterTuningJobName(hyperparameterTuningJobName) {
        return this.pathTemplates.hyperparameterTuningJobPathTemplate.match(hyperparameterTuningJobName).location;
      }
      /**
       * Parse the hyperparameter_tuning_job from HyperparameterTuningJob resource.
       *
       * @param {string} hyperparameterTuningJobName
       *   A fully-qualified path representing HyperparameterTuningJob resource.
       * @returns {string} A string representing the hyperparameter_tuning_job.
       */
      matchHyperparameterTuningJobFromHyperparameterTuningJobName(hyperparameterTuningJobName) {
        return this.pathTemplates.hyperparameterTuningJobPathTemplate.match(hyperparameterTuningJobName).hyperparameter_tuning_job;
      }
      /**
       * Return a fully-qualified index resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} index
       * @returns {string} Resource name string.
       */
      indexPath(project, location, index) {
        return this.pathTemplates.indexPathTemplate.render({
          project,
          location,
          index
        });
      }
      /**
       * Parse the project from Index resource.
       *
       * @param {string} indexName
       *   A fully-qualified path representing Index resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromIndexName(indexName) {
        return this.pathTemplates.indexPathTemplate.match(indexName).project;
      }
      /**
       * Parse the location from Index resource.
       *
       * @param {string} indexName
       *   A fully-qualified path representing Index resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromIndexName(indexName) {
        return this.pathTemplates.indexPathTemplate.match(indexName).location;
      }
      /**
       * Parse the index from Index resource.
       *
       * @param {string} indexName
       *   A fully-qualified path representing Index resource.
       * @returns {string} A string representing the index.
       */
      matchIndexFromIndexName(indexName) {
        return this.pathTemplates.indexPathTemplate.match(indexName).index;
      }
      /**
       * Return a fully-qualified indexEndpoint resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} index_endpoint
       * @returns {string} Resource name string.
       */
      indexEndpointPath(project, location, indexEndpoint) {
        return this.pathTemplates.indexEndpointPathTemplate.render({
          project,
          location,
          index_endpoint: indexEndpoint
        });
      }
      /**
       * Parse the project from IndexEndpoint resource.
       *
       * @param {string} indexEndpointName
       *   A fully-qualified path representing IndexEndpoint resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromIndexEndpointName(indexEndpointName) {
        return this.pathTemplates.indexEndpointPathTemplate.match(indexEndpointName).project;
      }
      /**
       * Parse the location from IndexEndpoint resource.
       *
       * @param {string} indexEndpointName
       *   A fully-qualified path representing IndexEndpoint resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromIndexEndpointName(indexEndpointName) {
        return this.pathTemplates.indexEndpointPathTemplate.match(indexEndpointName).location;
      }
      /**
       * Parse the index_endpoint from IndexEndpoint resource.
       *
       * @param {string} indexEndpointName
       *   A fully-qualified path representing IndexEndpoint resource.
       * @returns {string} A string representing the index_endpoint.
       */
      matchIndexEndpointFromIndexEndpointName(indexEndpointName) {
        return this.pathTemplates.indexEndpointPathTemplate.match(indexEndpointName).index_endpoint;
      }
      /**
       * Return a fully-qualified location resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @returns {string} Resource name string.
       */
      locationPath(project, location) {
        return this.pathTemplates.locationPathTemplate.render({
          project,
          location
        });
      }
      /**
       * Parse the project from Location resource.
       *
       * @param {string} locationName
       *   A fully-qualified path representing Location resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromLocationName(locationName) {
        return this.pathTemplates.locationPathTemplate.match(locationName).project;
      }
      /**
       * Parse the location from Location resource.
       *
       * @param {string} locationName
       *   A fully-qualified path representing Location resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromLocationName(locationName) {
        return this.pathTemplates.locationPathTemplate.match(locationName).location;
      }
      /**
       * Return a fully-qualified metadataSchema resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} metadata_store
       * @param {string} metadata_schema
       * @returns {string} Resource name string.
       */
      metadataSchemaPath(project, location, metadataStore, metadataSchema) {
        return this.pathTemplates.metadataSchemaPathTemplate.render({
          project,
          location,
          metadata_store: metadataStore,
          metadata_schema: metadataSchema
        });
      }
      /**
       * Parse the project from MetadataSchema resource.
       *
       * @param {string} metadataSchemaName
       *   A fully-qualified path representing MetadataSchema resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromMetadataSchemaName(metadataSchemaName) {
        return this.pathTemplates.metadataSchemaPathTemplate.match(metadataSchemaName).project;
      }
      /**
       * Parse the location from MetadataSchema resource.
       *
       * @param {string} metadataSchemaName
       *   A fully-qualified path representing MetadataSchema resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromMetadataSchemaName(metadataSchemaName) {
        return this.pathTemplates.metadataSchemaPathTemplate.match(metadataSchemaName).location;
      }
      /**
       * Parse the metadata_store from MetadataSchema resource.
       *
       * @param {string} metadataSchemaName
       *   A fully-qualified path representing MetadataSchema resource.
       * @returns {string} A string representing the metadata_store.
       */
      matchMetadataStoreFromMetadataSchemaName(metadataSchemaName) {
        return this.pathTemplates.metadataSchemaPathTemplate.match(metadataSchemaName).metadata_store;
      }
      /**
       * Parse the metadata_schema from MetadataSchema resource.
       *
       * @param {string} metadataSchemaName
       *   A fully-qualified path representing MetadataSchema resource.
       * @returns {string} A string representing the metadata_schema.
       */
      matchMetadataSchemaFromMetadataSchemaName(metadataSchemaName) {
        return this.pathTemplates.metadataSchemaPathTemplate.match(metadataSchemaName).metadata_schema;
      }
      /**
       * Return a fully-qualified metadataStore resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} metadata_store
       * @returns {string} Resource name string.
       */
      metadataStorePath(project, location, metadataStore) {
        return this.pathTemplates.metadataStorePathTemplate.render({
          project,
          location,
          metadata_store: metadataStore
        });
      }
      /**
       * Parse the project from MetadataStore resource.
       *
       * @param {string} metadataStoreName
       *   A fully-qualified path representing MetadataStore resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromMetadataStoreName(metadataStoreName) {
        return this.pathTemplates.metadataStorePathTemplate.match(metadataStoreName).project;
      }
      /**
       * Parse the location from MetadataStore resource.
       *
       * @param {string} metadataStoreName
       *   A fully-qualified path representing MetadataStore resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromMetadataStoreName(metadataStoreName) {
        return this.pathTemplates.metadataStorePathTemplate.match(metadataStoreName).location;
      }
      /**
       * Parse the metadata_store from MetadataStore resource.
       *
       * @param {string} metadataStoreName
       *   A fully-qualified path representing MetadataStore resource.
       * @returns {string} A string representing the metadata_store.
       */
      matchMetadataStoreFromMetadataStoreName(metadataStoreName) {
        return this.pathTemplates.metadataStorePathTemplate.match(metadataStoreName).metadata_store;
      }
      /**
       * Return a fully-qualified model resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} model
       * @returns {string} Resource name string.
       */
      modelPath(project, location, model) {
        return this.pathTemplates.modelPathTemplate.render({
          project,
          location,
          model
        });
      }
      /**
       * Parse the project from Model resource.
       *
       * @param {string} modelName
       *   A fully-qualified path representing Model resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromModelName(modelName2) {
        return this.pathTemplates.modelPathTemplate.match(modelName2).project;
      }
      /**
       * Parse the location from Model resource.
       *
       * @param {string} modelName
       *   A fully-qualified path representing Model resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromModelName(modelName2) {
        return this.pathTemplates.modelPathTemplate.match(modelName2).location;
      }
      /**
       * Parse the model from Model resource.
       *
       * @param {string} modelName
       *   A fully-qualified path representing Model resource.
       * @returns {string} A string representing the model.
       */
      matchModelFromModelName(modelName2) {
        return this.pathTemplates.modelPathTemplate.match(modelName2).model;
      }
      /**
       * Return a fully-qualified modelDeploymentMonitoringJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} model_deployment_monitoring_job
       * @returns {string} Resource name string.
       */
      modelDeploymentMonitoringJobPath(project, location, modelDeploymentMonitoringJob) {
        return this.pathTemplates.modelDeploymentMonitoringJobPathTemplate.render({
          project,
          location,
          model_deployment_monitoring_job: modelDeploymentMonitoringJob
        });
      }
      /**
       * Parse the project from ModelDeploymentMonitoringJob resource.
       *
       * @param {string} modelDeploymentMonitoringJobName
       *   A fully-qualified path representing ModelDeploymentMonitoringJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromModelDeploymentMonitoringJobName(modelDeploymentMonitoringJobName) {
        return this.pathTemplates.modelDeploymentMonitoringJobPathTemplate.match(modelDeploymentMonitoringJobName).project;
      }
      /**
       * Parse the location from ModelDeploymentMonitoringJob resource.
       *
       * @param {string} modelDeploymentMonitoringJobName
       *   A fully-qualified path representing ModelDeploymentMonitoringJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromModelDeploymentMonitoringJobName(modelDeploymentMonitoringJobName) {
        return this.pathTemplates.modelDeploymentMonitoringJobPathTemplate.match(modelDeploymentMonitoringJobName).location;
      }
      /**
       * Parse the model_deployment_monitoring_job from ModelDeploymentMonitoringJob resource.
       *
       * @param {string} modelDeploymentMonitoringJobName
       *   A fully-qualified path representing ModelDeploymentMonitoringJob resource.
       * @returns {string} A string representing the model_deployment_monitoring_job.
       */
      matchModelDeploymentMonitoringJobFromModelDeploymentMonitoringJobName(modelDeploymentMonitoringJobName) {
        return this.pathTemplates.modelDeploymentMonitoringJobPathTemplate.match(modelDeploymentMonitoringJobName).model_deployment_monitoring_job;
      }
      /**
       * Return a fully-qualified modelEvaluation resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} model
       * @param {string} evaluation
       * @returns {string} Resource name string.
       */
      modelEvaluationPath(project, location, model, evaluation) {
        return this.pathTemplates.modelEvaluationPathTemplate.render({
          project,
          location,
          model,
          evaluation
        });
      }
      /**
       * Parse the project from ModelEvaluation resource.
       *
       * @param {string} modelEvaluationName
       *   A fully-qualified path representing ModelEvaluation resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromModelEvaluationName(modelEvaluationName) {
        return this.pathTemplates.modelEvaluationPathTemplate.match(modelEvaluationName).project;
      }
      /**
       * Parse the location from ModelEvaluation resource.
       *
       * @param {string} modelEvaluationName
       *   A fully-qualified path representing ModelEvaluation resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromModelEvaluationName(modelEvaluationName) {
        return this.pathTemplates.modelEvaluationPathTemplate.match(modelEvaluationName).location;
      }
      /**
       * Parse the model from ModelEvaluation resource.
       *
       * @param {string} modelEvaluationName
       *   A fully-qualified path representing ModelEvaluation resource.
       * @returns {string} A string representing the model.
       */
      matchModelFromModelEvaluationName(modelEvaluationName) {
        return this.pathTemplates.modelEvaluationPathTemplate.match(modelEvaluationName).model;
      }
      /**
       * Parse the evaluation from ModelEvaluation resource.
       *
       * @param {string} modelEvaluationName
       *   A fully-qualified path representing ModelEvaluation resource.
       * @returns {string} A string representing the evaluation.
       */
      matchEvaluationFromModelEvaluationName(modelEvaluationName) {
        return this.pathTemplates.modelEvaluationPathTemplate.match(modelEvaluationName).evaluation;
      }
      /**
       * Return a fully-qualified modelEvaluationSlice resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} model
       * @param {string} evaluation
       * @param {string} slice
       * @returns {string} Resource name string.
       */
      modelEvaluationSlicePath(project, location, model, evaluation, slice) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.render({
          project,
          location,
          model,
          evaluation,
          slice
        });
      }
      /**
       * Parse the project from ModelEvaluationSlice resource.
       *
       * @param {string} modelEvaluationSliceName
       *   A fully-qualified path representing ModelEvaluationSlice resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromModelEvaluationSliceName(modelEvaluationSliceName) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.match(modelEvaluationSliceName).project;
      }
      /**
       * Parse the location from ModelEvaluationSlice resource.
       *
       * @param {string} modelEvaluationSliceName
       *   A fully-qualified path representing ModelEvaluationSlice resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromModelEvaluationSliceName(modelEvaluationSliceName) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.match(modelEvaluationSliceName).location;
      }
      /**
       * Parse the model from ModelEvaluationSlice resource.
       *
       * @param {string} modelEvaluationSliceName
       *   A fully-qualified path representing ModelEvaluationSlice resource.
       * @returns {string} A string representing the model.
       */
      matchModelFromModelEvaluationSliceName(modelEvaluationSliceName) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.match(modelEvaluationSliceName).model;
      }
      /**
       * Parse the evaluation from ModelEvaluationSlice resource.
       *
       * @param {string} modelEvaluationSliceName
       *   A fully-qualified path representing ModelEvaluationSlice resource.
       * @returns {string} A string representing the evaluation.
       */
      matchEvaluationFromModelEvaluationSliceName(modelEvaluationSliceName) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.match(modelEvaluationSliceName).evaluation;
      }
      /**
       * Parse the slice from ModelEvaluationSlice resource.
       *
       * @param {string} modelEvaluationSliceName
       *   A fully-qualified path representing ModelEvaluationSlice resource.
       * @returns {string} A string representing the slice.
       */
      matchSliceFromModelEvaluationSliceName(modelEvaluationSliceName) {
        return this.pathTemplates.modelEvaluationSlicePathTemplate.match(modelEvaluationSliceName).slice;
      }
      /**
       * Return a fully-qualified nasJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} nas_job
       * @returns {string} Resource name string.
       */
      nasJobPath(project, location, nasJob) {
        return this.pathTemplates.nasJobPathTemplate.render({
          project,
          location,
          nas_job: nasJob
        });
      }
      /**
       * Parse the project from NasJob resource.
       *
       * @param {string} nasJobName
       *   A fully-qualified path representing NasJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromNasJobName(nasJobName) {
        return this.pathTemplates.nasJobPathTemplate.match(nasJobName).project;
      }
      /**
       * Parse the location from NasJob resource.
       *
       * @param {string} nasJobName
       *   A fully-qualified path representing NasJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromNasJobName(nasJobName) {
        return this.pathTemplates.nasJobPathTemplate.match(nasJobName).location;
      }
      /**
       * Parse the nas_job from NasJob resource.
       *
       * @param {string} nasJobName
       *   A fully-qualified path representing NasJob resource.
       * @returns {string} A string representing the nas_job.
       */
      matchNasJobFromNasJobName(nasJobName) {
        return this.pathTemplates.nasJobPathTemplate.match(nasJobName).nas_job;
      }
      /**
       * Return a fully-qualified nasTrialDetail resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} nas_job
       * @param {string} nas_trial_detail
       * @returns {string} Resource name string.
       */
      nasTrialDetailPath(project, location, nasJob, nasTrialDetail) {
        return this.pathTemplates.nasTrialDetailPathTemplate.render({
          project,
          location,
          nas_job: nasJob,
          nas_trial_detail: nasTrialDetail
        });
      }
      /**
       * Parse the project from NasTrialDetail resource.
       *
       * @param {string} nasTrialDetailName
       *   A fully-qualified path representing NasTrialDetail resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromNasTrialDetailName(nasTrialDetailName) {
        return this.pathTemplates.nasTrialDetailPathTemplate.match(nasTrialDetailName).project;
      }
      /**
       * Parse the location from NasTrialDetail resource.
       *
       * @param {string} nasTrialDetailName
       *   A fully-qualified path representing NasTrialDetail resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromNasTrialDetailName(nasTrialDetailName) {
        return this.pathTemplates.nasTrialDetailPathTemplate.match(nasTrialDetailName).location;
      }
      /**
       * Parse the nas_job from NasTrialDetail resource.
       *
       * @param {string} nasTrialDetailName
       *   A fully-qualified path representing NasTrialDetail resource.
       * @returns {string} A string representing the nas_job.
       */
      matchNasJobFromNasTrialDetailName(nasTrialDetailName) {
        return this.pathTemplates.nasTrialDetailPathTemplate.match(nasTrialDetailName).nas_job;
      }
      /**
       * Parse the nas_trial_detail from NasTrialDetail resource.
       *
       * @param {string} nasTrialDetailName
       *   A fully-qualified path representing NasTrialDetail resource.
       * @returns {string} A string representing the nas_trial_detail.
       */
      matchNasTrialDetailFromNasTrialDetailName(nasTrialDetailName) {
        return this.pathTemplates.nasTrialDetailPathTemplate.match(nasTrialDetailName).nas_trial_detail;
      }
      /**
       * Return a fully-qualified notebookExecutionJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} notebook_execution_job
       * @returns {string} Resource name string.
       */
      notebookExecutionJobPath(project, location, notebookExecutionJob) {
        return this.pathTemplates.notebookExecutionJobPathTemplate.render({
          project,
          location,
          notebook_execution_job: notebookExecutionJob
        });
      }
      /**
       * Parse the project from NotebookExecutionJob resource.
       *
       * @param {string} notebookExecutionJobName
       *   A fully-qualified path representing NotebookExecutionJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromNotebookExecutionJobName(notebookExecutionJobName) {
        return this.pathTemplates.notebookExecutionJobPathTemplate.match(notebookExecutionJobName).project;
      }
      /**
       * Parse the location from NotebookExecutionJob resource.
       *
       * @param {string} notebookExecutionJobName
       *   A fully-qualified path representing NotebookExecutionJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromNotebookExecutionJobName(notebookExecutionJobName) {
        return this.pathTemplates.notebookExecutionJobPathTemplate.match(notebookExecutionJobName).location;
      }
      /**
       * Parse the notebook_execution_job from NotebookExecutionJob resource.
       *
       * @param {string} notebookExecutionJobName
       *   A fully-qualified path representing NotebookExecutionJob resource.
       * @returns {string} A string representing the notebook_execution_job.
       */
      matchNotebookExecutionJobFromNotebookExecutionJobName(notebookExecutionJobName) {
        return this.pathTemplates.notebookExecutionJobPathTemplate.match(notebookExecutionJobName).notebook_execution_job;
      }
      /**
       * Return a fully-qualified notebookRuntime resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} notebook_runtime
       * @returns {string} Resource name string.
       */
      notebookRuntimePath(project, location, notebookRuntime) {
        return this.pathTemplates.notebookRuntimePathTemplate.render({
          project,
          location,
          notebook_runtime: notebookRuntime
        });
      }
      /**
       * Parse the project from NotebookRuntime resource.
       *
       * @param {string} notebookRuntimeName
       *   A fully-qualified path representing NotebookRuntime resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromNotebookRuntimeName(notebookRuntimeName) {
        return this.pathTemplates.notebookRuntimePathTemplate.match(notebookRuntimeName).project;
      }
      /**
       * Parse the location from NotebookRuntime resource.
       *
       * @param {string} notebookRuntimeName
       *   A fully-qualified path representing NotebookRuntime resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromNotebookRuntimeName(notebookRuntimeName) {
        return this.pathTemplates.notebookRuntimePathTemplate.match(notebookRuntimeName).location;
      }
      /**
       * Parse the notebook_runtime from NotebookRuntime resource.
       *
       * @param {string} notebookRuntimeName
       *   A fully-qualified path representing NotebookRuntime resource.
       * @returns {string} A string representing the notebook_runtime.
       */
      matchNotebookRuntimeFromNotebookRuntimeName(notebookRuntimeName) {
        return this.pathTemplates.notebookRuntimePathTemplate.match(notebookRuntimeName).notebook_runtime;
      }
      /**
       * Return a fully-qualified notebookRuntimeTemplate resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} notebook_runtime_template
       * @returns {string} Resource name string.
       */
      notebookRuntimeTemplatePath(project, location, notebookRuntimeTemplate) {
        return this.pathTemplates.notebookRuntimeTemplatePathTemplate.render({
          project,
          location,
          notebook_runtime_template: notebookRuntimeTemplate
        });
      }
      /**
       * Parse the project from NotebookRuntimeTemplate resource.
       *
       * @param {string} notebookRuntimeTemplateName
       *   A fully-qualified path representing NotebookRuntimeTemplate resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromNotebookRuntimeTemplateName(notebookRuntimeTemplateName) {
        return this.pathTemplates.notebookRuntimeTemplatePathTemplate.match(notebookRuntimeTemplateName).project;
      }
      /**
       * Parse the location from NotebookRuntimeTemplate resource.
       *
       * @param {string} notebookRuntimeTemplateName
       *   A fully-qualified path representing NotebookRuntimeTemplate resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromNotebookRuntimeTemplateName(notebookRuntimeTemplateName) {
        return this.pathTemplates.notebookRuntimeTemplatePathTemplate.match(notebookRuntimeTemplateName).location;
      }
      /**
       * Parse the notebook_runtime_template from NotebookRuntimeTemplate resource.
       *
       * @param {string} notebookRuntimeTemplateName
       *   A fully-qualified path representing NotebookRuntimeTemplate resource.
       * @returns {string} A string representing the notebook_runtime_template.
       */
      matchNotebookRuntimeTemplateFromNotebookRuntimeTemplateName(notebookRuntimeTemplateName) {
        return this.pathTemplates.notebookRuntimeTemplatePathTemplate.match(notebookRuntimeTemplateName).notebook_runtime_template;
      }
      /**
       * Return a fully-qualified persistentResource resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} persistent_resource
       * @returns {string} Resource name string.
       */
      persistentResourcePath(project, location, persistentResource) {
        return this.pathTemplates.persistentResourcePathTemplate.render({
          project,
          location,
          persistent_resource: persistentResource
        });
      }
      /**
       * Parse the project from PersistentResource resource.
       *
       * @param {string} persistentResourceName
       *   A fully-qualified path representing PersistentResource resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromPersistentResourceName(persistentResourceName) {
        return this.pathTemplates.persistentResourcePathTemplate.match(persistentResourceName).project;
      }
      /**
       * Parse the location from PersistentResource resource.
       *
       * @param {string} persistentResourceName
       *   A fully-qualified path representing PersistentResource resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromPersistentResourceName(persistentResourceName) {
        return this.pathTemplates.persistentResourcePathTemplate.match(persistentResourceName).location;
      }
      /**
       * Parse the persistent_resource from PersistentResource resource.
       *
       * @param {string} persistentResourceName
       *   A fully-qualified path representing PersistentResource resource.
       * @returns {string} A string representing the persistent_resource.
       */
      matchPersistentResourceFromPersistentResourceName(persistentResourceName) {
        return this.pathTemplates.persistentResourcePathTemplate.match(persistentResourceName).persistent_resource;
      }
      /**
       * Return a fully-qualified pipelineJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} pipeline_job
       * @returns {string} Resource name string.
       */
      pipelineJobPath(project, location, pipelineJob) {
        return this.pathTemplates.pipelineJobPathTemplate.render({
          project,
          location,
          pipeline_job: pipelineJob
        });
      }
      /**
       * Parse the project from PipelineJob resource.
       *
       * @param {string} pipelineJobName
       *   A fully-qualified path representing PipelineJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromPipelineJobName(pipelineJobName2) {
        return this.pathTemplates.pipelineJobPathTemplate.match(pipelineJobName2).project;
      }
      /**
       * Parse the location from PipelineJob resource.
       *
       * @param {string} pipelineJobName
       *   A fully-qualified path representing PipelineJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromPipelineJobName(pipelineJobName2) {
        return this.pathTemplates.pipelineJobPathTemplate.match(pipelineJobName2).location;
      }
      /**
       * Parse the pipeline_job from PipelineJob resource.
       *
       * @param {string} pipelineJobName
       *   A fully-qualified path representing PipelineJob resource.
       * @returns {string} A string representing the pipeline_job.
       */
      matchPipelineJobFromPipelineJobName(pipelineJobName2) {
        return this.pathTemplates.pipelineJobPathTemplate.match(pipelineJobName2).pipeline_job;
      }
      /**
       * Return a fully-qualified project resource name string.
       *
       * @param {string} project
       * @returns {string} Resource name string.
       */
      projectPath(project) {
        return this.pathTemplates.projectPathTemplate.render({
          project
        });
      }
      /**
       * Parse the project from Project resource.
       *
       * @param {string} projectName
       *   A fully-qualified path representing Project resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromProjectName(projectName) {
        return this.pathTemplates.projectPathTemplate.match(projectName).project;
      }
      /**
       * Return a fully-qualified projectLocationEndpoint resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} endpoint
       * @returns {string} Resource name string.
       */
      projectLocationEndpointPath(project, location, endpoint) {
        return this.pathTemplates.projectLocationEndpointPathTemplate.render({
          project,
          location,
          endpoint
        });
      }
      /**
       * Parse the project from ProjectLocationEndpoint resource.
       *
       * @param {string} projectLocationEndpointName
       *   A fully-qualified path representing project_location_endpoint resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromProjectLocationEndpointName(projectLocationEndpointName) {
        return this.pathTemplates.projectLocationEndpointPathTemplate.match(projectLocationEndpointName).project;
      }
      /**
       * Parse the location from ProjectLocationEndpoint resource.
       *
       * @param {string} projectLocationEndpointName
       *   A fully-qualified path representing project_location_endpoint resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromProjectLocationEndpointName(projectLocationEndpointName) {
        return this.pathTemplates.projectLocationEndpointPathTemplate.match(projectLocationEndpointName).location;
      }
      /**
       * Parse the endpoint from ProjectLocationEndpoint resource.
       *
       * @param {string} projectLocationEndpointName
       *   A fully-qualified path representing project_location_endpoint resource.
       * @returns {string} A string representing the endpoint.
       */
      matchEndpointFromProjectLocationEndpointName(projectLocationEndpointName) {
        return this.pathTemplates.projectLocationEndpointPathTemplate.match(projectLocationEndpointName).endpoint;
      }
      /**
       * Return a fully-qualified projectLocationFeatureGroupFeatures resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} feature_group
       * @param {string} feature
       * @returns {string} Resource name string.
       */
      projectLocationFeatureGroupFeaturesPath(project, location, featureGroup, feature) {
        return this.pathTemplates.projectLocationFeatureGroupFeaturesPathTemplate.render({
          project,
          location,
          feature_group: featureGroup,
          feature
        });
      }
      /**
       * Parse the project from ProjectLocationFeatureGroupFeatures resource.
       *
       * @param {string} projectLocationFeatureGroupFeaturesName
       *   A fully-qualified path representing project_location_feature_group_features resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromProjectLocationFeatureGroupFeaturesName(projectLocationFeatureGroupFeaturesName) {
        return this.pathTemplates.projectLocationFeatureGroupFeaturesPathTemplate.match(projectLocationFeatureGroupFeaturesName).project;
      }
      /**
       * Parse the location from ProjectLocationFeatureGroupFeatures resource.
       *
       * @param {string} projectLocationFeatureGroupFeaturesName
       *   A fully-qualified path representing project_location_feature_group_features resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromProjectLocationFeatureGroupFeaturesName(projectLocationFeatureGroupFeaturesName) {
        return this.pathTemplates.projectLocationFeatureGroupFeaturesPathTemplate.match(projectLocationFeatureGroupFeaturesName).location;
      }
      /**
       * Parse the feature_group from ProjectLocationFeatureGroupFeatures resource.
       *
       * @param {string} projectLocationFeatureGroupFeaturesName
       *   A fully-qualified path representing project_location_feature_group_features resource.
       * @returns {string} A string representing the feature_group.
       */
      matchFeatureGroupFromProjectLocationFeatureGroupFeaturesName(projectLocationFeatureGroupFeaturesName) {
        return this.pathTemplates.projectLocationFeatureGroupFeaturesPathTemplate.match(projectLocationFeatureGroupFeaturesName).feature_group;
      }
      /**
       * Parse the feature from ProjectLocationFeatureGroupFeatures resource.
       *
       * @param {string} projectLocationFeatureGroupFeaturesName
       *   A fully-qualified path representing project_location_feature_group_features resource.
       * @returns {string} A string representing the feature.
       */
      matchFeatureFromProjectLocationFeatureGroupFeaturesName(projectLocationFeatureGroupFeaturesName) {
        return this.pathTemplates.projectLocationFeatureGroupFeaturesPathTemplate.match(projectLocationFeatureGroupFeaturesName).feature;
      }
      /**
       * Return a fully-qualified projectLocationFeaturestoreEntityTypeFeatures resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} featurestore
       * @param {string} entity_type
       * @param {string} feature
       * @returns {string} Resource name string.
       */
      projectLocationFeaturestoreEntityTypeFeaturesPath(project, location, featurestore, entityType, feature) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.render({
          project,
          location,
          featurestore,
          entity_type: entityType,
          feature
        });
      }
      /**
       * Parse the project from ProjectLocationFeaturestoreEntityTypeFeatures resource.
       *
       * @param {string} projectLocationFeaturestoreEntityTypeFeaturesName
       *   A fully-qualified path representing project_location_featurestore_entity_type_features resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromProjectLocationFeaturestoreEntityTypeFeaturesName(projectLocationFeaturestoreEntityTypeFeaturesName) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.match(projectLocationFeaturestoreEntityTypeFeaturesName).project;
      }
      /**
       * Parse the location from ProjectLocationFeaturestoreEntityTypeFeatures resource.
       *
       * @param {string} projectLocationFeaturestoreEntityTypeFeaturesName
       *   A fully-qualified path representing project_location_featurestore_entity_type_features resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromProjectLocationFeaturestoreEntityTypeFeaturesName(projectLocationFeaturestoreEntityTypeFeaturesName) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.match(projectLocationFeaturestoreEntityTypeFeaturesName).location;
      }
      /**
       * Parse the featurestore from ProjectLocationFeaturestoreEntityTypeFeatures resource.
       *
       * @param {string} projectLocationFeaturestoreEntityTypeFeaturesName
       *   A fully-qualified path representing project_location_featurestore_entity_type_features resource.
       * @returns {string} A string representing the featurestore.
       */
      matchFeaturestoreFromProjectLocationFeaturestoreEntityTypeFeaturesName(projectLocationFeaturestoreEntityTypeFeaturesName) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.match(projectLocationFeaturestoreEntityTypeFeaturesName).featurestore;
      }
      /**
       * Parse the entity_type from ProjectLocationFeaturestoreEntityTypeFeatures resource.
       *
       * @param {string} projectLocationFeaturestoreEntityTypeFeaturesName
       *   A fully-qualified path representing project_location_featurestore_entity_type_features resource.
       * @returns {string} A string representing the entity_type.
       */
      matchEntityTypeFromProjectLocationFeaturestoreEntityTypeFeaturesName(projectLocationFeaturestoreEntityTypeFeaturesName) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.match(projectLocationFeaturestoreEntityTypeFeaturesName).entity_type;
      }
      /**
       * Parse the feature from ProjectLocationFeaturestoreEntityTypeFeatures resource.
       *
       * @param {string} projectLocationFeaturestoreEntityTypeFeaturesName
       *   A fully-qualified path representing project_location_featurestore_entity_type_features resource.
       * @returns {string} A string representing the feature.
       */
      matchFeatureFromProjectLocationFeaturestoreEntityTypeFeaturesName(projectLocationFeaturestoreEntityTypeFeaturesName) {
        return this.pathTemplates.projectLocationFeaturestoreEntityTypeFeaturesPathTemplate.match(projectLocationFeaturestoreEntityTypeFeaturesName).feature;
      }
      /**
       * Return a fully-qualified projectLocationPublisherModel resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} publisher
       * @param {string} model
       * @returns {string} Resource name string.
       */
      projectLocationPublisherModelPath(project, location, publisher, model) {
        return this.pathTemplates.projectLocationPublisherModelPathTemplate.render({
          project,
          location,
          publisher,
          model
        });
      }
      /**
       * Parse the project from ProjectLocationPublisherModel resource.
       *
       * @param {string} projectLocationPublisherModelName
       *   A fully-qualified path representing project_location_publisher_model resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromProjectLocationPublisherModelName(projectLocationPublisherModelName) {
        return this.pathTemplates.projectLocationPublisherModelPathTemplate.match(projectLocationPublisherModelName).project;
      }
      /**
       * Parse the location from ProjectLocationPublisherModel resource.
       *
       * @param {string} projectLocationPublisherModelName
       *   A fully-qualified path representing project_location_publisher_model resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromProjectLocationPublisherModelName(projectLocationPublisherModelName) {
        return this.pathTemplates.projectLocationPublisherModelPathTemplate.match(projectLocationPublisherModelName).location;
      }
      /**
       * Parse the publisher from ProjectLocationPublisherModel resource.
       *
       * @param {string} projectLocationPublisherModelName
       *   A fully-qualified path representing project_location_publisher_model resource.
       * @returns {string} A string representing the publisher.
       */
      matchPublisherFromProjectLocationPublisherModelName(projectLocationPublisherModelName) {
        return this.pathTemplates.projectLocationPublisherModelPathTemplate.match(projectLocationPublisherModelName).publisher;
      }
      /**
       * Parse the model from ProjectLocationPublisherModel resource.
       *
       * @param {string} projectLocationPublisherModelName
       *   A fully-qualified path representing project_location_publisher_model resource.
       * @returns {string} A string representing the model.
       */
      matchModelFromProjectLocationPublisherModelName(projectLocationPublisherModelName) {
        return this.pathTemplates.projectLocationPublisherModelPathTemplate.match(projectLocationPublisherModelName).model;
      }
      /**
       * Return a fully-qualified publisherModel resource name string.
       *
       * @param {string} publisher
       * @param {string} model
       * @returns {string} Resource name string.
       */
      publisherModelPath(publisher, model) {
        return this.pathTemplates.publisherModelPathTemplate.render({
          publisher,
          model
        });
      }
      /**
       * Parse the publisher from PublisherModel resource.
       *
       * @param {string} publisherModelName
       *   A fully-qualified path representing PublisherModel resource.
       * @returns {string} A string representing the publisher.
       */
      matchPublisherFromPublisherModelName(publisherModelName) {
        return this.pathTemplates.publisherModelPathTemplate.match(publisherModelName).publisher;
      }
      /**
       * Parse the model from PublisherModel resource.
       *
       * @param {string} publisherModelName
       *   A fully-qualified path representing PublisherModel resource.
       * @returns {string} A string representing the model.
       */
      matchModelFromPublisherModelName(publisherModelName) {
        return this.pathTemplates.publisherModelPathTemplate.match(publisherModelName).model;
      }
      /**
       * Return a fully-qualified ragCorpus resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} rag_corpus
       * @returns {string} Resource name string.
       */
      ragCorpusPath(project, location, ragCorpus) {
        return this.pathTemplates.ragCorpusPathTemplate.render({
          project,
          location,
          rag_corpus: ragCorpus
        });
      }
      /**
       * Parse the project from RagCorpus resource.
       *
       * @param {string} ragCorpusName
       *   A fully-qualified path representing RagCorpus resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromRagCorpusName(ragCorpusName) {
        return this.pathTemplates.ragCorpusPathTemplate.match(ragCorpusName).project;
      }
      /**
       * Parse the location from RagCorpus resource.
       *
       * @param {string} ragCorpusName
       *   A fully-qualified path representing RagCorpus resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromRagCorpusName(ragCorpusName) {
        return this.pathTemplates.ragCorpusPathTemplate.match(ragCorpusName).location;
      }
      /**
       * Parse the rag_corpus from RagCorpus resource.
       *
       * @param {string} ragCorpusName
       *   A fully-qualified path representing RagCorpus resource.
       * @returns {string} A string representing the rag_corpus.
       */
      matchRagCorpusFromRagCorpusName(ragCorpusName) {
        return this.pathTemplates.ragCorpusPathTemplate.match(ragCorpusName).rag_corpus;
      }
      /**
       * Return a fully-qualified ragEngineConfig resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @returns {string} Resource name string.
       */
      ragEngineConfigPath(project, location) {
        return this.pathTemplates.ragEngineConfigPathTemplate.render({
          project,
          location
        });
      }
      /**
       * Parse the project from RagEngineConfig resource.
       *
       * @param {string} ragEngineConfigName
       *   A fully-qualified path representing RagEngineConfig resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromRagEngineConfigName(ragEngineConfigName) {
        return this.pathTemplates.ragEngineConfigPathTemplate.match(ragEngineConfigName).project;
      }
      /**
       * Parse the location from RagEngineConfig resource.
       *
       * @param {string} ragEngineConfigName
       *   A fully-qualified path representing RagEngineConfig resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromRagEngineConfigName(ragEngineConfigName) {
        return this.pathTemplates.ragEngineConfigPathTemplate.match(ragEngineConfigName).location;
      }
      /**
       * Return a fully-qualified ragFile resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} rag_corpus
       * @param {string} rag_file
       * @returns {string} Resource name string.
       */
      ragFilePath(project, location, ragCorpus, ragFile) {
        return this.pathTemplates.ragFilePathTemplate.render({
          project,
          location,
          rag_corpus: ragCorpus,
          rag_file: ragFile
        });
      }
      /**
       * Parse the project from RagFile resource.
       *
       * @param {string} ragFileName
       *   A fully-qualified path representing RagFile resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromRagFileName(ragFileName) {
        return this.pathTemplates.ragFilePathTemplate.match(ragFileName).project;
      }
      /**
       * Parse the location from RagFile resource.
       *
       * @param {string} ragFileName
       *   A fully-qualified path representing RagFile resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromRagFileName(ragFileName) {
        return this.pathTemplates.ragFilePathTemplate.match(ragFileName).location;
      }
      /**
       * Parse the rag_corpus from RagFile resource.
       *
       * @param {string} ragFileName
       *   A fully-qualified path representing RagFile resource.
       * @returns {string} A string representing the rag_corpus.
       */
      matchRagCorpusFromRagFileName(ragFileName) {
        return this.pathTemplates.ragFilePathTemplate.match(ragFileName).rag_corpus;
      }
      /**
       * Parse the rag_file from RagFile resource.
       *
       * @param {string} ragFileName
       *   A fully-qualified path representing RagFile resource.
       * @returns {string} A string representing the rag_file.
       */
      matchRagFileFromRagFileName(ragFileName) {
        return this.pathTemplates.ragFilePathTemplate.match(ragFileName).rag_file;
      }
      /**
       * Return a fully-qualified reasoningEngine resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} reasoning_engine
       * @returns {string} Resource name string.
       */
      reasoningEnginePath(project, location, reasoningEngine) {
        return this.pathTemplates.reasoningEnginePathTemplate.render({
          project,
          location,
          reasoning_engine: reasoningEngine
        });
      }
      /**
       * Parse the project from ReasoningEngine resource.
       *
       * @param {string} reasoningEngineName
       *   A fully-qualified path representing ReasoningEngine resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromReasoningEngineName(reasoningEngineName) {
        return this.pathTemplates.reasoningEnginePathTemplate.match(reasoningEngineName).project;
      }
      /**
       * Parse the location from ReasoningEngine resource.
       *
       * @param {string} reasoningEngineName
       *   A fully-qualified path representing ReasoningEngine resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromReasoningEngineName(reasoningEngineName) {
        return this.pathTemplates.reasoningEnginePathTemplate.match(reasoningEngineName).location;
      }
      /**
       * Parse the reasoning_engine from ReasoningEngine resource.
       *
       * @param {string} reasoningEngineName
       *   A fully-qualified path representing ReasoningEngine resource.
       * @returns {string} A string representing the reasoning_engine.
       */
      matchReasoningEngineFromReasoningEngineName(reasoningEngineName) {
        return this.pathTemplates.reasoningEnginePathTemplate.match(reasoningEngineName).reasoning_engine;
      }
      /**
       * Return a fully-qualified savedQuery resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} dataset
       * @param {string} saved_query
       * @returns {string} Resource name string.
       */
      savedQueryPath(project, location, dataset, savedQuery) {
        return this.pathTemplates.savedQueryPathTemplate.render({
          project,
          location,
          dataset,
          saved_query: savedQuery
        });
      }
      /**
       * Parse the project from SavedQuery resource.
       *
       * @param {string} savedQueryName
       *   A fully-qualified path representing SavedQuery resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromSavedQueryName(savedQueryName) {
        return this.pathTemplates.savedQueryPathTemplate.match(savedQueryName).project;
      }
      /**
       * Parse the location from SavedQuery resource.
       *
       * @param {string} savedQueryName
       *   A fully-qualified path representing SavedQuery resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromSavedQueryName(savedQueryName) {
        return this.pathTemplates.savedQueryPathTemplate.match(savedQueryName).location;
      }
      /**
       * Parse the dataset from SavedQuery resource.
       *
       * @param {string} savedQueryName
       *   A fully-qualified path representing SavedQuery resource.
       * @returns {string} A string representing the dataset.
       */
      matchDatasetFromSavedQueryName(savedQueryName) {
        return this.pathTemplates.savedQueryPathTemplate.match(savedQueryName).dataset;
      }
      /**
       * Parse the saved_query from SavedQuery resource.
       *
       * @param {string} savedQueryName
       *   A fully-qualified path representing SavedQuery resource.
       * @returns {string} A string representing the saved_query.
       */
      matchSavedQueryFromSavedQueryName(savedQueryName) {
        return this.pathTemplates.savedQueryPathTemplate.match(savedQueryName).saved_query;
      }
      /**
       * Return a fully-qualified schedule resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} schedule
       * @returns {string} Resource name string.
       */
      schedulePath(project, location, schedule) {
        return this.pathTemplates.schedulePathTemplate.render({
          project,
          location,
          schedule
        });
      }
      /**
       * Parse the project from Schedule resource.
       *
       * @param {string} scheduleName
       *   A fully-qualified path representing Schedule resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromScheduleName(scheduleName) {
        return this.pathTemplates.schedulePathTemplate.match(scheduleName).project;
      }
      /**
       * Parse the location from Schedule resource.
       *
       * @param {string} scheduleName
       *   A fully-qualified path representing Schedule resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromScheduleName(scheduleName) {
        return this.pathTemplates.schedulePathTemplate.match(scheduleName).location;
      }
      /**
       * Parse the schedule from Schedule resource.
       *
       * @param {string} scheduleName
       *   A fully-qualified path representing Schedule resource.
       * @returns {string} A string representing the schedule.
       */
      matchScheduleFromScheduleName(scheduleName) {
        return this.pathTemplates.schedulePathTemplate.match(scheduleName).schedule;
      }
      /**
       * Return a fully-qualified session resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} reasoning_engine
       * @param {string} session
       * @returns {string} Resource name string.
       */
      sessionPath(project, location, reasoningEngine, session) {
        return this.pathTemplates.sessionPathTemplate.render({
          project,
          location,
          reasoning_engine: reasoningEngine,
          session
        });
      }
      /**
       * Parse the project from Session resource.
       *
       * @param {string} sessionName
       *   A fully-qualified path representing Session resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromSessionName(sessionName) {
        return this.pathTemplates.sessionPathTemplate.match(sessionName).project;
      }
      /**
       * Parse the location from Session resource.
       *
       * @param {string} sessionName
       *   A fully-qualified path representing Session resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromSessionName(sessionName) {
        return this.pathTemplates.sessionPathTemplate.match(sessionName).location;
      }
      /**
       * Parse the reasoning_engine from Session resource.
       *
       * @param {string} sessionName
       *   A fully-qualified path representing Session resource.
       * @returns {string} A string representing the reasoning_engine.
       */
      matchReasoningEngineFromSessionName(sessionName) {
        return this.pathTemplates.sessionPathTemplate.match(sessionName).reasoning_engine;
      }
      /**
       * Parse the session from Session resource.
       *
       * @param {string} sessionName
       *   A fully-qualified path representing Session resource.
       * @returns {string} A string representing the session.
       */
      matchSessionFromSessionName(sessionName) {
        return this.pathTemplates.sessionPathTemplate.match(sessionName).session;
      }
      /**
       * Return a fully-qualified sessionEvent resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} reasoning_engine
       * @param {string} session
       * @param {string} event
       * @returns {string} Resource name string.
       */
      sessionEventPath(project, location, reasoningEngine, session, event) {
        return this.pathTemplates.sessionEventPathTemplate.render({
          project,
          location,
          reasoning_engine: reasoningEngine,
          session,
          event
        });
      }
      /**
       * Parse the project from SessionEvent resource.
       *
       * @param {string} sessionEventName
       *   A fully-qualified path representing SessionEvent resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromSessionEventName(sessionEventName) {
        return this.pathTemplates.sessionEventPathTemplate.match(sessionEventName).project;
      }
      /**
       * Parse the location from SessionEvent resource.
       *
       * @param {string} sessionEventName
       *   A fully-qualified path representing SessionEvent resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromSessionEventName(sessionEventName) {
        return this.pathTemplates.sessionEventPathTemplate.match(sessionEventName).location;
      }
      /**
       * Parse the reasoning_engine from SessionEvent resource.
       *
       * @param {string} sessionEventName
       *   A fully-qualified path representing SessionEvent resource.
       * @returns {string} A string representing the reasoning_engine.
       */
      matchReasoningEngineFromSessionEventName(sessionEventName) {
        return this.pathTemplates.sessionEventPathTemplate.match(sessionEventName).reasoning_engine;
      }
      /**
       * Parse the session from SessionEvent resource.
       *
       * @param {string} sessionEventName
       *   A fully-qualified path representing SessionEvent resource.
       * @returns {string} A string representing the session.
       */
      matchSessionFromSessionEventName(sessionEventName) {
        return this.pathTemplates.sessionEventPathTemplate.match(sessionEventName).session;
      }
      /**
       * Parse the event from SessionEvent resource.
       *
       * @param {string} sessionEventName
       *   A fully-qualified path representing SessionEvent resource.
       * @returns {string} A string representing the event.
       */
      matchEventFromSessionEventName(sessionEventName) {
        return this.pathTemplates.sessionEventPathTemplate.match(sessionEventName).event;
      }
      /**
       * Return a fully-qualified specialistPool resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} specialist_pool
       * @returns {string} Resource name string.
       */
      specialistPoolPath(project, location, specialistPool) {
        return this.pathTemplates.specialistPoolPathTemplate.render({
          project,
          location,
          specialist_pool: specialistPool
        });
      }
      /**
       * Parse the project from SpecialistPool resource.
       *
       * @param {string} specialistPoolName
       *   A fully-qualified path representing SpecialistPool resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromSpecialistPoolName(specialistPoolName) {
        return this.pathTemplates.specialistPoolPathTemplate.match(specialistPoolName).project;
      }
      /**
       * Parse the location from SpecialistPool resource.
       *
       * @param {string} specialistPoolName
       *   A fully-qualified path representing SpecialistPool resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromSpecialistPoolName(specialistPoolName) {
        return this.pathTemplates.specialistPoolPathTemplate.match(specialistPoolName).location;
      }
      /**
       * Parse the specialist_pool from SpecialistPool resource.
       *
       * @param {string} specialistPoolName
       *   A fully-qualified path representing SpecialistPool resource.
       * @returns {string} A string representing the specialist_pool.
       */
      matchSpecialistPoolFromSpecialistPoolName(specialistPoolName) {
        return this.pathTemplates.specialistPoolPathTemplate.match(specialistPoolName).specialist_pool;
      }
      /**
       * Return a fully-qualified study resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} study
       * @returns {string} Resource name string.
       */
      studyPath(project, location, study) {
        return this.pathTemplates.studyPathTemplate.render({
          project,
          location,
          study
        });
      }
      /**
       * Parse the project from Study resource.
       *
       * @param {string} studyName
       *   A fully-qualified path representing Study resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromStudyName(studyName) {
        return this.pathTemplates.studyPathTemplate.match(studyName).project;
      }
      /**
       * Parse the location from Study resource.
       *
       * @param {string} studyName
       *   A fully-qualified path representing Study resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromStudyName(studyName) {
        return this.pathTemplates.studyPathTemplate.match(studyName).location;
      }
      /**
       * Parse the study from Study resource.
       *
       * @param {string} studyName
       *   A fully-qualified path representing Study resource.
       * @returns {string} A string representing the study.
       */
      matchStudyFromStudyName(studyName) {
        return this.pathTemplates.studyPathTemplate.match(studyName).study;
      }
      /**
       * Return a fully-qualified tensorboard resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} tensorboard
       * @returns {string} Resource name string.
       */
      tensorboardPath(project, location, tensorboard) {
        return this.pathTemplates.tensorboardPathTemplate.render({
          project,
          location,
          tensorboard
        });
      }
      /**
       * Parse the project from Tensorboard resource.
       *
       * @param {string} tensorboardName
       *   A fully-qualified path representing Tensorboard resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTensorboardName(tensorboardName) {
        return this.pathTemplates.tensorboardPathTemplate.match(tensorboardName).project;
      }
      /**
       * Parse the location from Tensorboard resource.
       *
       * @param {string} tensorboardName
       *   A fully-qualified path representing Tensorboard resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTensorboardName(tensorboardName) {
        return this.pathTemplates.tensorboardPathTemplate.match(tensorboardName).location;
      }
      /**
       * Parse the tensorboard from Tensorboard resource.
       *
       * @param {string} tensorboardName
       *   A fully-qualified path representing Tensorboard resource.
       * @returns {string} A string representing the tensorboard.
       */
      matchTensorboardFromTensorboardName(tensorboardName) {
        return this.pathTemplates.tensorboardPathTemplate.match(tensorboardName).tensorboard;
      }
      /**
       * Return a fully-qualified tensorboardExperiment resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} tensorboard
       * @param {string} experiment
       * @returns {string} Resource name string.
       */
      tensorboardExperimentPath(project, location, tensorboard, experiment) {
        return this.pathTemplates.tensorboardExperimentPathTemplate.render({
          project,
          location,
          tensorboard,
          experiment
        });
      }
      /**
       * Parse the project from TensorboardExperiment resource.
       *
       * @param {string} tensorboardExperimentName
       *   A fully-qualified path representing TensorboardExperiment resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTensorboardExperimentName(tensorboardExperimentName) {
        return this.pathTemplates.tensorboardExperimentPathTemplate.match(tensorboardExperimentName).project;
      }
      /**
       * Parse the location from TensorboardExperiment resource.
       *
       * @param {string} tensorboardExperimentName
       *   A fully-qualified path representing TensorboardExperiment resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTensorboardExperimentName(tensorboardExperimentName) {
        return this.pathTemplates.tensorboardExperimentPathTemplate.match(tensorboardExperimentName).location;
      }
      /**
       * Parse the tensorboard from TensorboardExperiment resource.
       *
       * @param {string} tensorboardExperimentName
       *   A fully-qualified path representing TensorboardExperiment resource.
       * @returns {string} A string representing the tensorboard.
       */
      matchTensorboardFromTensorboardExperimentName(tensorboardExperimentName) {
        return this.pathTemplates.tensorboardExperimentPathTemplate.match(tensorboardExperimentName).tensorboard;
      }
      /**
       * Parse the experiment from TensorboardExperiment resource.
       *
       * @param {string} tensorboardExperimentName
       *   A fully-qualified path representing TensorboardExperiment resource.
       * @returns {string} A string representing the experiment.
       */
      matchExperimentFromTensorboardExperimentName(tensorboardExperimentName) {
        return this.pathTemplates.tensorboardExperimentPathTemplate.match(tensorboardExperimentName).experiment;
      }
      /**
       * Return a fully-qualified tensorboardRun resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} tensorboard
       * @param {string} experiment
       * @param {string} run
       * @returns {string} Resource name string.
       */
      tensorboardRunPath(project, location, tensorboard, experiment, run) {
        return this.pathTemplates.tensorboardRunPathTemplate.render({
          project,
          location,
          tensorboard,
          experiment,
          run
        });
      }
      /**
       * Parse the project from TensorboardRun resource.
       *
       * @param {string} tensorboardRunName
       *   A fully-qualified path representing TensorboardRun resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTensorboardRunName(tensorboardRunName) {
        return this.pathTemplates.tensorboardRunPathTemplate.match(tensorboardRunName).project;
      }
      /**
       * Parse the location from TensorboardRun resource.
       *
       * @param {string} tensorboardRunName
       *   A fully-qualified path representing TensorboardRun resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTensorboardRunName(tensorboardRunName) {
        return this.pathTemplates.tensorboardRunPathTemplate.match(tensorboardRunName).location;
      }
      /**
       * Parse the tensorboard from TensorboardRun resource.
       *
       * @param {string} tensorboardRunName
       *   A fully-qualified path representing TensorboardRun resource.
       * @returns {string} A string representing the tensorboard.
       */
      matchTensorboardFromTensorboardRunName(tensorboardRunName) {
        return this.pathTemplates.tensorboardRunPathTemplate.match(tensorboardRunName).tensorboard;
      }
      /**
       * Parse the experiment from TensorboardRun resource.
       *
       * @param {string} tensorboardRunName
       *   A fully-qualified path representing TensorboardRun resource.
       * @returns {string} A string representing the experiment.
       */
      matchExperimentFromTensorboardRunName(tensorboardRunName) {
        return this.pathTemplates.tensorboardRunPathTemplate.match(tensorboardRunName).experiment;
      }
      /**
       * Parse the run from TensorboardRun resource.
       *
       * @param {string} tensorboardRunName
       *   A fully-qualified path representing TensorboardRun resource.
       * @returns {string} A string representing the run.
       */
      matchRunFromTensorboardRunName(tensorboardRunName) {
        return this.pathTemplates.tensorboardRunPathTemplate.match(tensorboardRunName).run;
      }
      /**
       * Return a fully-qualified tensorboardTimeSeries resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} tensorboard
       * @param {string} experiment
       * @param {string} run
       * @param {string} time_series
       * @returns {string} Resource name string.
       */
      tensorboardTimeSeriesPath(project, location, tensorboard, experiment, run, timeSeries) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.render({
          project,
          location,
          tensorboard,
          experiment,
          run,
          time_series: timeSeries
        });
      }
      /**
       * Parse the project from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).project;
      }
      /**
       * Parse the location from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).location;
      }
      /**
       * Parse the tensorboard from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the tensorboard.
       */
      matchTensorboardFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).tensorboard;
      }
      /**
       * Parse the experiment from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the experiment.
       */
      matchExperimentFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).experiment;
      }
      /**
       * Parse the run from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the run.
       */
      matchRunFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).run;
      }
      /**
       * Parse the time_series from TensorboardTimeSeries resource.
       *
       * @param {string} tensorboardTimeSeriesName
       *   A fully-qualified path representing TensorboardTimeSeries resource.
       * @returns {string} A string representing the time_series.
       */
      matchTimeSeriesFromTensorboardTimeSeriesName(tensorboardTimeSeriesName) {
        return this.pathTemplates.tensorboardTimeSeriesPathTemplate.match(tensorboardTimeSeriesName).time_series;
      }
      /**
       * Return a fully-qualified trainingPipeline resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} training_pipeline
       * @returns {string} Resource name string.
       */
      trainingPipelinePath(project, location, trainingPipeline) {
        return this.pathTemplates.trainingPipelinePathTemplate.render({
          project,
          location,
          training_pipeline: trainingPipeline
        });
      }
      /**
       * Parse the project from TrainingPipeline resource.
       *
       * @param {string} trainingPipelineName
       *   A fully-qualified path representing TrainingPipeline resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTrainingPipelineName(trainingPipelineName) {
        return this.pathTemplates.trainingPipelinePathTemplate.match(trainingPipelineName).project;
      }
      /**
       * Parse the location from TrainingPipeline resource.
       *
       * @param {string} trainingPipelineName
       *   A fully-qualified path representing TrainingPipeline resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTrainingPipelineName(trainingPipelineName) {
        return this.pathTemplates.trainingPipelinePathTemplate.match(trainingPipelineName).location;
      }
      /**
       * Parse the training_pipeline from TrainingPipeline resource.
       *
       * @param {string} trainingPipelineName
       *   A fully-qualified path representing TrainingPipeline resource.
       * @returns {string} A string representing the training_pipeline.
       */
      matchTrainingPipelineFromTrainingPipelineName(trainingPipelineName) {
        return this.pathTemplates.trainingPipelinePathTemplate.match(trainingPipelineName).training_pipeline;
      }
      /**
       * Return a fully-qualified trial resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} study
       * @param {string} trial
       * @returns {string} Resource name string.
       */
      trialPath(project, location, study, trial) {
        return this.pathTemplates.trialPathTemplate.render({
          project,
          location,
          study,
          trial
        });
      }
      /**
       * Parse the project from Trial resource.
       *
       * @param {string} trialName
       *   A fully-qualified path representing Trial resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTrialName(trialName) {
        return this.pathTemplates.trialPathTemplate.match(trialName).project;
      }
      /**
       * Parse the location from Trial resource.
       *
       * @param {string} trialName
       *   A fully-qualified path representing Trial resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTrialName(trialName) {
        return this.pathTemplates.trialPathTemplate.match(trialName).location;
      }
      /**
       * Parse the study from Trial resource.
       *
       * @param {string} trialName
       *   A fully-qualified path representing Trial resource.
       * @returns {string} A string representing the study.
       */
      matchStudyFromTrialName(trialName) {
        return this.pathTemplates.trialPathTemplate.match(trialName).study;
      }
      /**
       * Parse the trial from Trial resource.
       *
       * @param {string} trialName
       *   A fully-qualified path representing Trial resource.
       * @returns {string} A string representing the trial.
       */
      matchTrialFromTrialName(trialName) {
        return this.pathTemplates.trialPathTemplate.match(trialName).trial;
      }
      /**
       * Return a fully-qualified tuningJob resource name string.
       *
       * @param {string} project
       * @param {string} location
       * @param {string} tuning_job
       * @returns {string} Resource name string.
       */
      tuningJobPath(project, location, tuningJob) {
        return this.pathTemplates.tuningJobPathTemplate.render({
          project,
          location,
          tuning_job: tuningJob
        });
      }
      /**
       * Parse the project from TuningJob resource.
       *
       * @param {string} tuningJobName
       *   A fully-qualified path representing TuningJob resource.
       * @returns {string} A string representing the project.
       */
      matchProjectFromTuningJobName(tuningJobName) {
        return this.pathTemplates.tuningJobPathTemplate.match(tuningJobName).project;
      }
      /**
       * Parse the location from TuningJob resource.
       *
       * @param {string} tuningJobName
       *   A fully-qualified path representing TuningJob resource.
       * @returns {string} A string representing the location.
       */
      matchLocationFromTuningJobName(tuningJobName) {
        return this.pathTemplates.tuningJobPathTemplate.match(tuningJobName).location;
      }
      /**
       * Parse the tuning_job from TuningJob resource.
       *
       * @param {string} tuningJobName
       *   A fully-qualified path representing TuningJob resource.
       * @returns {string} A string representing the tuning_job.
       */
      matchTuningJobFromTuningJobName(tuningJobName) {
        return this.pathTemplates.tuningJobPathTemplate.match(tuningJobName).tuning_job;
      }
      /**
       * Terminate the gRPC channel and close the client.
       *
       * The client will no longer be usable and all future behavior is undefined.
       * @returns {Promise} A promise that resolves when the client is closed.
       */
      close() {
        if (this.pipelineServiceStub && !this._terminated) {
          return this.pipelineServiceStub.then((stub) => {
            this._log.info("ending gRPC channel");
            this._terminated = true;
            stub.close();
            this.iamClient.close().catch((err) => {
              throw err;
            });
            this.locationsClient.close().catch((err) => {
              throw err;
            });
            void this.operationsClient.close();
          });
        }
        return Promise.resolve();
      }
    };
    exports.PipelineServiceClient = PipelineServiceClient2;
  }
});

// node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/value-converter.js
var require_value_converter = __commonJS({
  "node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/value-converter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.googleProtobufValueFromObject = googleProtobufValueFromObject;
    exports.googleProtobufValueToObject = googleProtobufValueToObject;
    function googleProtobufValueFromObject(object, create) {
      if (object === null) {
        return create({
          kind: "nullValue",
          nullValue: 0
        });
      }
      if (typeof object === "boolean") {
        return create({
          kind: "boolValue",
          boolValue: object
        });
      }
      if (typeof object === "number") {
        return create({
          kind: "numberValue",
          numberValue: object
        });
      }
      if (typeof object === "string") {
        return create({
          kind: "stringValue",
          stringValue: object
        });
      }
      if (Array.isArray(object)) {
        const array = object.map((element) => {
          return googleProtobufValueFromObject(element, create);
        });
        return create({
          kind: "listValue",
          listValue: {
            values: array
          }
        });
      }
      if (typeof object === "object") {
        const fields = {}, names = Object.keys(object);
        for (let i = 0; i < names.length; ++i) {
          const fieldName = names[i];
          fields[fieldName] = googleProtobufValueFromObject(object[fieldName], create);
        }
        return create({
          kind: "structValue",
          structValue: {
            fields
          }
        });
      }
      return null;
    }
    function googleProtobufValueToObject(message) {
      if (message.kind === "boolValue") {
        return message.boolValue;
      }
      if (message.kind === "nullValue") {
        return null;
      }
      if (message.kind === "numberValue") {
        return message.numberValue;
      }
      if (message.kind === "stringValue") {
        return message.stringValue;
      }
      if (message.kind === "listValue") {
        return message.listValue?.values?.map(googleProtobufValueToObject);
      }
      if (message.kind === "structValue") {
        if (!message.structValue?.fields) {
          return {};
        }
        const names = Object.keys(message.structValue.fields), struct = {};
        for (let i = 0; i < names.length; ++i) {
          struct[names[i]] = googleProtobufValueToObject(message.structValue["fields"][names[i]]);
        }
        return struct;
      }
      return void 0;
    }
  }
});

// node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/helpers.js
var require_helpers = __commonJS({
  "node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/build/src/helpers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.addToValue = addToValue;
    exports.toValue = toValue2;
    exports.fromValue = fromValue;
    var value_converter_1 = require_value_converter();
    function addToValue() {
      const methods = {};
      methods.toValue = function() {
        return toValue2(this);
      };
      return methods;
    }
    function toValue2(message) {
      if (message === void 0) {
        return void 0;
      }
      const value = (0, value_converter_1.googleProtobufValueFromObject)(message, (val) => {
        return val;
      });
      return value;
    }
    function fromValue(value) {
      if (!value) {
        return void 0;
      }
      if (!value.structValue || !value.structValue.fields) {
        throw new Error("ERROR: fromValue() was provided a malformed protobuf object");
      }
      return (0, value_converter_1.googleProtobufValueToObject)(value);
    }
  }
});

// packages/vertex/src/clock.ts
import { setTimeout as delay } from "node:timers/promises";
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => delay(ms, void 0, signal ? { signal } : {})
};

// packages/vertex/src/grpc-errors.ts
var GRPC = {
  CANCELLED: 1,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16
};
var NAMES = {
  0: "OK",
  1: "CANCELLED",
  2: "UNKNOWN",
  3: "INVALID_ARGUMENT",
  4: "DEADLINE_EXCEEDED",
  5: "NOT_FOUND",
  6: "ALREADY_EXISTS",
  7: "PERMISSION_DENIED",
  8: "RESOURCE_EXHAUSTED",
  9: "FAILED_PRECONDITION",
  10: "ABORTED",
  11: "OUT_OF_RANGE",
  12: "UNIMPLEMENTED",
  13: "INTERNAL",
  14: "UNAVAILABLE",
  15: "DATA_LOSS",
  16: "UNAUTHENTICATED"
};
function grpcCode(error) {
  if (typeof error !== "object" || error === null || !("code" in error)) return void 0;
  const { code } = error;
  return typeof code === "number" && code in NAMES ? code : void 0;
}
function grpcCodeName(code) {
  return NAMES[code] ?? `code ${code}`;
}
function isTransient(error) {
  const code = grpcCode(error);
  return code === GRPC.UNAVAILABLE || code === GRPC.DEADLINE_EXCEEDED || code === GRPC.RESOURCE_EXHAUSTED;
}
function describeGrpcError(error) {
  const code = grpcCode(error);
  if (code === void 0) return error instanceof Error ? error.message : String(error);
  const details = error.details;
  const text = typeof details === "string" && details !== "" ? details : error.message.replace(/^\d+ [A-Z_]+: /, "");
  return `${grpcCodeName(code)}: ${text}`;
}
var VertexCallError = class extends Error {
  code;
  constructor(action, cause) {
    super(`${action} failed: ${describeGrpcError(cause)}${hint(grpcCode(cause))}`, { cause });
    this.name = "VertexCallError";
    this.code = grpcCode(cause);
  }
};
function hint(code) {
  switch (code) {
    case GRPC.PERMISSION_DENIED:
      return ` ${accessAdvice("permission-denied", ROLES.vertexUser)} The project must also have the Vertex AI API enabled.`;
    case GRPC.UNAUTHENTICATED:
      return ` ${accessAdvice("unauthenticated", ROLES.vertexUser)}`;
    default:
      return "";
  }
}

// packages/vertex/src/retry.ts
var FIRST_DELAY_MS = 1e3;
var MAX_DELAY_MS = 16e3;
async function withRetry(fn, options) {
  const retries = options.retries ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt > retries || !(options.isRetryable ?? isTransient)(error) || options.signal?.aborted)
        throw error;
      const delayMs = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 1));
      options.onRetry?.(error, attempt, delayMs);
      await options.clock.sleep(delayMs, options.signal);
    }
  }
}

// packages/vertex/src/pipeline-jobs.ts
var CREATE_TIMEOUT_MS = 6e4;
var READ_TIMEOUT_MS = 3e4;
function retryOptions(options) {
  const retry = { clock: options.clock ?? systemClock };
  if (options.signal) retry.signal = options.signal;
  if (options.onRetry) retry.onRetry = options.onRetry;
  return retry;
}
function pipelineJobName(connection, idOrName) {
  return idOrName.includes("/") ? idOrName : `${connection.parent}/pipelineJobs/${idOrName}`;
}
async function findPipelineJob(connection, name, options = {}) {
  try {
    return await getPipelineJob(connection, name, options);
  } catch (error) {
    if (error instanceof VertexCallError && error.code === GRPC.NOT_FOUND) return void 0;
    throw error;
  }
}
async function getPipelineJob(connection, name, options = {}) {
  try {
    const [job] = await withRetry(
      () => connection.pipelines().getPipelineJob({ name }, { timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
      retryOptions(options)
    );
    return job;
  } catch (error) {
    throw new VertexCallError(`Getting pipeline job ${name}`, error);
  }
}
async function cancelPipelineJob(connection, name, options = {}) {
  try {
    await withRetry(
      () => connection.pipelines().cancelPipelineJob({ name }, { timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
      retryOptions(options)
    );
    return "cancelling";
  } catch (error) {
    const code = grpcCode(error);
    if (code === GRPC.FAILED_PRECONDITION) return "already-finished";
    if (code === GRPC.NOT_FOUND) return "not-found";
    throw new VertexCallError(`Cancelling pipeline job ${name}`, error);
  }
}
async function listPipelineJobs(connection, options = {}) {
  const max = options.max ?? 100;
  const jobs = [];
  let pageToken;
  try {
    do {
      const request = {
        parent: connection.parent,
        pageSize: Math.min(max - jobs.length, 100),
        ...options.filter ? { filter: options.filter } : {},
        ...options.orderBy ? { orderBy: options.orderBy } : {},
        ...pageToken ? { pageToken } : {}
      };
      const [page, , response] = await withRetry(
        () => connection.pipelines().listPipelineJobs(request, {
          autoPaginate: false,
          timeout: options.timeoutMs ?? READ_TIMEOUT_MS
        }),
        retryOptions(options)
      );
      jobs.push(...page);
      pageToken = response?.nextPageToken || void 0;
    } while (pageToken && jobs.length < max);
  } catch (error) {
    throw new VertexCallError(`Listing pipeline jobs in ${connection.parent}`, error);
  }
  return jobs.slice(0, max);
}

// packages/vertex/src/models.ts
function modelName(connection, idOrName) {
  return idOrName.includes("/") ? idOrName : `${connection.parent}/models/${idOrName}`;
}
async function findModel(connection, idOrName, options = {}) {
  const name = modelName(connection, idOrName);
  const client = await connection.models();
  try {
    const [model] = await withRetry(
      () => client.getModel({ name }, { timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
      {
        clock: options.clock ?? systemClock,
        ...options.signal ? { signal: options.signal } : {},
        ...options.onRetry ? { onRetry: options.onRetry } : {}
      }
    );
    return model;
  } catch (error) {
    if (grpcCode(error) === GRPC.NOT_FOUND) return void 0;
    throw new VertexCallError(`Getting model ${name}`, error);
  }
}
async function listModels(connection, options = {}) {
  const client = await connection.models();
  const max = options.max ?? 100;
  const models = [];
  let pageToken;
  try {
    do {
      const request = {
        parent: connection.parent,
        pageSize: Math.min(max - models.length, 100),
        ...options.filter ? { filter: options.filter } : {},
        ...options.orderBy ? { orderBy: options.orderBy } : {},
        ...pageToken ? { pageToken } : {}
      };
      const [page, , response] = await withRetry(
        () => client.listModels(request, { autoPaginate: false, timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
        { clock: options.clock ?? systemClock, ...options.signal ? { signal: options.signal } : {} }
      );
      models.push(...page);
      pageToken = response?.nextPageToken || void 0;
    } while (pageToken && models.length < max);
  } catch (error) {
    throw new VertexCallError(`Listing models in ${connection.parent}`, error);
  }
  return models.slice(0, max);
}

// packages/vertex/src/poll-schedule.ts
var FIRST_MS = 1e3;
var STEADY_MS = 1e4;
var SLOW_MS = 3e4;
var SLOW_AFTER_MS = 10 * 6e4;
function pollDelayMs(pollsSoFar, elapsedMs) {
  if (elapsedMs >= SLOW_AFTER_MS) return SLOW_MS;
  return Math.min(STEADY_MS, FIRST_MS * 2 ** Math.max(0, pollsSoFar));
}

// packages/vertex/src/batch-prediction.ts
var JOB_STATES = [
  "UNSPECIFIED",
  "QUEUED",
  "PENDING",
  "RUNNING",
  "SUCCEEDED",
  "FAILED",
  "CANCELLING",
  "CANCELLED",
  "PAUSED",
  "EXPIRED",
  "UPDATING",
  "PARTIALLY_SUCCEEDED"
];
var ENDED = ["SUCCEEDED", "FAILED", "CANCELLED", "EXPIRED", "PARTIALLY_SUCCEEDED"];
function jobState(job) {
  const { state } = job;
  if (typeof state === "number") return JOB_STATES[state] ?? "UNSPECIFIED";
  const name = String(state ?? "").replace(/^JOB_STATE_/, "");
  return JOB_STATES.includes(name) ? name : "UNSPECIFIED";
}
async function createBatchPredictionJob(connection, request, options = {}) {
  const client = await connection.jobs();
  const job = {
    displayName: request.displayName,
    model: modelName(connection, request.model),
    inputConfig: { instancesFormat: request.instancesFormat, gcsSource: { uris: request.sourceUris } },
    outputConfig: {
      predictionsFormat: request.predictionsFormat,
      gcsDestination: { outputUriPrefix: request.outputUriPrefix }
    },
    ...request.labels ? { labels: request.labels } : {},
    ...request.keyField ? { instanceConfig: { keyField: request.keyField } } : {},
    ...request.machineType ? {
      dedicatedResources: {
        machineSpec: { machineType: request.machineType },
        startingReplicaCount: request.startingReplicaCount ?? 1,
        maxReplicaCount: request.maxReplicaCount ?? request.startingReplicaCount ?? 1
      }
    } : {}
  };
  try {
    const [created] = await withRetry(
      () => client.createBatchPredictionJob(
        { parent: connection.parent, batchPredictionJob: job },
        { timeout: options.timeoutMs ?? CREATE_TIMEOUT_MS }
      ),
      {
        clock: options.clock ?? systemClock,
        // DEADLINE_EXCEEDED may mean "created, answer lost": not repeated here.
        retries: 3,
        ...options.signal ? { signal: options.signal } : {},
        ...options.onRetry ? { onRetry: options.onRetry } : {},
        isRetryable: (error) => grpcCode(error) === GRPC.UNAVAILABLE || grpcCode(error) === GRPC.RESOURCE_EXHAUSTED
      }
    );
    return created;
  } catch (error) {
    throw new VertexCallError(`Creating batch prediction job ${request.displayName}`, error);
  }
}
async function getBatchPredictionJob(connection, name, options = {}) {
  const client = await connection.jobs();
  try {
    const [job] = await withRetry(
      () => client.getBatchPredictionJob({ name }, { timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
      { clock: options.clock ?? systemClock, ...options.signal ? { signal: options.signal } : {} }
    );
    return job;
  } catch (error) {
    throw new VertexCallError(`Getting batch prediction job ${name}`, error);
  }
}
async function listBatchPredictionJobs(connection, options = {}) {
  const client = await connection.jobs();
  try {
    const [jobs] = await withRetry(
      () => client.listBatchPredictionJobs(
        {
          parent: connection.parent,
          pageSize: Math.min(options.max ?? 100, 100),
          ...options.filter ? { filter: options.filter } : {}
        },
        { autoPaginate: false, timeout: options.timeoutMs ?? READ_TIMEOUT_MS }
      ),
      { clock: options.clock ?? systemClock, ...options.signal ? { signal: options.signal } : {} }
    );
    return jobs;
  } catch (error) {
    throw new VertexCallError(`Listing batch prediction jobs in ${connection.parent}`, error);
  }
}
async function cancelBatchPredictionJob(connection, name, options = {}) {
  const client = await connection.jobs();
  try {
    await withRetry(
      () => client.cancelBatchPredictionJob({ name }, { timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
      { clock: options.clock ?? systemClock, ...options.signal ? { signal: options.signal } : {} }
    );
    return "cancelling";
  } catch (error) {
    if (grpcCode(error) === GRPC.FAILED_PRECONDITION) return "already-finished";
    if (grpcCode(error) === GRPC.NOT_FOUND) return "not-found";
    throw new VertexCallError(`Cancelling batch prediction job ${name}`, error);
  }
}
async function waitForBatchPredictionJob(connection, name, options = {}) {
  const clock = options.clock ?? systemClock;
  const client = await connection.jobs();
  const started = clock.now();
  const deadline = options.timeoutMs === void 0 ? Number.POSITIVE_INFINITY : started + options.timeoutMs;
  let job = { name };
  let last;
  for (let polls = 0; ; polls++) {
    try {
      [job] = await client.getBatchPredictionJob({ name }, { timeout: READ_TIMEOUT_MS });
    } catch (error) {
      if (!isTransient(error)) throw new VertexCallError(`Getting batch prediction job ${name}`, error);
    }
    const state = jobState(job);
    if (state !== last) options.onState?.(state, job);
    last = state;
    if (ENDED.includes(state)) return { job, state, ending: "finished" };
    if (options.signal?.aborted) return { job, state, ending: "aborted" };
    const now = clock.now();
    if (now >= deadline) return { job, state, ending: "timed-out" };
    try {
      await clock.sleep(Math.min(pollDelayMs(polls, now - started), deadline - now), options.signal);
    } catch (error) {
      if (options.signal?.aborted) return { job, state, ending: "aborted" };
      throw error;
    }
  }
}

// packages/vertex/src/connection.ts
var import_pipeline_service_client = __toESM(require_pipeline_service_client(), 1);
var import_google_auth_library2 = __toESM(require_src(), 1);
var import_google_gax = __toESM(require_src2(), 1);

// packages/vertex/src/credentials.ts
var import_google_auth_library = __toESM(require_src(), 1);
async function applicationDefaultAuth(project, lookup = {}) {
  const source = findCredentials(lookup);
  const auth = new import_google_auth_library.GoogleAuth({
    scopes: ["https://www.googleapis.com/auth/cloud-platform"],
    projectId: project
  });
  try {
    await (await auth.getClient()).getAccessToken();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (source.kind === "metadata-server" && /Could not load the default credentials/.test(message)) {
      throw noCredentials("there is no credentials file, and no metadata server answered.");
    }
    const where = source.kind === "metadata-server" ? "from the metadata server" : `from ${source.path}`;
    throw new CredentialsError(`Could not get an access token ${where}: ${message.replace(/\.$/, "")}.`);
  }
  return auth;
}

// packages/vertex/src/endpoint.ts
var HTTPS_PORT = 443;
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "::1"]);
var HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
function regionalEndpoint(region) {
  return { host: `${region}-aiplatform.googleapis.com`, port: HTTPS_PORT, local: false };
}
function endpointAddress(endpoint) {
  const host = endpoint.host.includes(":") ? `[${endpoint.host}]` : endpoint.host;
  return `${host}:${endpoint.port}`;
}
var API_ENDPOINT_FORMS = "a host name with an optional port, such as europe-west4-aiplatform.googleapis.com or private.example.com:8443 (https:// in front is allowed), or 127.0.0.1:PORT for a local stand-in";
function parseApiEndpoint(text) {
  const match = /^(?:(https?):\/\/)?(\[[0-9a-f:]+\]|[^/:[\]]+)(?::(\d{1,5}))?\/?$/i.exec(text.trim());
  if (!match) return { problem: "it is not a host with an optional port (no path, query or credentials)" };
  const [, scheme, rawHost = "", rawPort] = match;
  const host = rawHost.replace(/^\[|\]$/g, "").toLowerCase();
  const local = LOOPBACK.has(host);
  if (!local && !rawHost.startsWith("[") && !HOST.test(host))
    return { problem: `"${host}" is not a valid host name` };
  if (scheme?.toLowerCase() === "http" && !local) {
    return { problem: "plain http is allowed only for a loopback stand-in (127.0.0.1); use https" };
  }
  const port = rawPort === void 0 ? HTTPS_PORT : Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return { problem: `port ${rawPort} is out of range` };
  return { host, port, local };
}

// packages/vertex/src/connection.ts
async function connectVertex(options) {
  const endpoint = options.endpoint ?? regionalEndpoint(options.region);
  const auth = endpoint.local ? void 0 : await applicationDefaultAuth(options.project, options.credentials);
  const clientOptions = endpoint.local ? {
    apiEndpoint: endpoint.host,
    port: endpoint.port,
    sslCreds: import_google_gax.grpc.credentials.createInsecure(),
    authClient: new import_google_auth_library2.PassThroughClient()
  } : { apiEndpoint: endpoint.host, port: endpoint.port, auth };
  const opened = [];
  const open = (client) => {
    opened.push(client);
    return client;
  };
  let pipelines;
  let jobs;
  let models;
  return {
    project: options.project,
    region: options.region,
    endpoint,
    parent: `projects/${options.project}/locations/${options.region}`,
    auth,
    pipelines() {
      pipelines ??= open(new import_pipeline_service_client.PipelineServiceClient(clientOptions));
      return pipelines;
    },
    jobs() {
      jobs ??= import("./job_service_client-NSS7B42G.mjs").then(
        ({ JobServiceClient }) => open(new JobServiceClient(clientOptions))
      );
      return jobs;
    },
    models() {
      models ??= import("./model_service_client-VMPCL46O.mjs").then(
        ({ ModelServiceClient }) => open(new ModelServiceClient(clientOptions))
      );
      return models;
    },
    async close() {
      await Promise.allSettled(opened.map((client) => client.close()));
    }
  };
}

// packages/vertex/src/fingerprint.ts
import { createHash } from "node:crypto";
var SPEC_LABEL = "mlops-spec-sha256";
var CONFIG_LABEL = "mlops-config-sha256";
var HEX_DIGITS = 32;
function fingerprintOf(specSha256, config) {
  return {
    spec: specSha256.toLowerCase().slice(0, HEX_DIGITS),
    config: createHash("sha256").update(canonicalJson(config)).digest("hex").slice(0, HEX_DIGITS)
  };
}
function fingerprintLabels(fingerprint) {
  return { [SPEC_LABEL]: fingerprint.spec, [CONFIG_LABEL]: fingerprint.config };
}
function compareFingerprint(labels, fingerprint) {
  const spec = labels?.[SPEC_LABEL];
  if (spec === void 0) return "unlabelled";
  if (spec !== fingerprint.spec) return "other-spec";
  return labels?.[CONFIG_LABEL] === fingerprint.config ? "same" : "other-config";
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value).filter(([, member]) => member !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(",")}}`;
}

// packages/vertex/src/pipeline-job-view.ts
var PIPELINE_STATES = [
  "UNSPECIFIED",
  "QUEUED",
  "PENDING",
  "RUNNING",
  "SUCCEEDED",
  "FAILED",
  "CANCELLING",
  "CANCELLED",
  "PAUSED"
];
var TASK_STATES = [
  "UNSPECIFIED",
  "PENDING",
  "RUNNING",
  "SUCCEEDED",
  "CANCEL_PENDING",
  "CANCELLING",
  "CANCELLED",
  "FAILED",
  "SKIPPED",
  "NOT_TRIGGERED"
];
var TERMINAL_STATES = ["SUCCEEDED", "FAILED", "CANCELLED"];
function pipelineState(job) {
  const { state } = job;
  if (typeof state === "number") return PIPELINE_STATES[state] ?? "UNSPECIFIED";
  const name = String(state ?? "").replace(/^PIPELINE_STATE_/, "");
  return PIPELINE_STATES.includes(name) ? name : "UNSPECIFIED";
}
function isTerminal(state) {
  return TERMINAL_STATES.includes(state);
}
function taskViews(job) {
  return (job.jobDetail?.taskDetails ?? []).filter(
    (task) => task.parentTaskId !== void 0 && task.parentTaskId !== null && String(task.parentTaskId) !== "0"
  ).map((task) => {
    const view = {
      id: String(task.taskId ?? ""),
      name: task.taskName ?? "",
      state: taskState(task.state)
    };
    const start = toDate(task.startTime);
    const end = toDate(task.endTime);
    if (start) view.startTime = start;
    if (end) view.endTime = end;
    if (task.error?.message) view.error = task.error.message;
    return view;
  });
}
function taskState(state) {
  if (typeof state === "number") return TASK_STATES[state] ?? "UNSPECIFIED";
  return String(state ?? "UNSPECIFIED").replace(/^STATE_/, "");
}
function toDate(timestamp) {
  if (!timestamp?.seconds) return void 0;
  return new Date(Number(timestamp.seconds) * 1e3 + Math.round((timestamp.nanos ?? 0) / 1e6));
}
function jobIdOf(name) {
  return name.slice(name.lastIndexOf("/") + 1);
}
function consoleUrl(project, region, jobId) {
  return `https://console.cloud.google.com/vertex-ai/locations/${encodeURIComponent(region)}/pipelines/runs/${encodeURIComponent(jobId)}?project=${encodeURIComponent(project)}`;
}

// packages/vertex/src/job-changes.ts
var JobChangeTracker = class {
  jobState;
  taskStates = /* @__PURE__ */ new Map();
  /** The changes since the previous call: the job's state first, then tasks in Vertex AI's order. */
  update(job) {
    const changes = [];
    const state = pipelineState(job);
    if (state !== this.jobState) changes.push({ kind: "job", state, previous: this.jobState });
    this.jobState = state;
    for (const task of taskViews(job)) {
      const key = task.id || task.name;
      const previous = this.taskStates.get(key);
      if (previous === task.state) continue;
      this.taskStates.set(key, task.state);
      changes.push({ kind: "task", task, previous });
    }
    return changes;
  }
};

// packages/vertex/src/follow.ts
var MAX_CONSECUTIVE_ERRORS = 60;
async function followPipelineJob(connection, name, options = {}) {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const deadline = options.timeoutMs === void 0 ? Number.POSITIVE_INFINITY : started + options.timeoutMs;
  const tracker = options.tracker ?? new JobChangeTracker();
  const report = (job2) => {
    for (const change of tracker.update(job2)) options.onChange?.(change, clock.now() - started);
  };
  let job = options.initial;
  if (job) report(job);
  let polls = 0;
  let consecutiveErrors = 0;
  const result = (ending) => {
    const last = job ?? { name };
    return { job: last, state: pipelineState(last), ending, elapsedMs: clock.now() - started };
  };
  for (; ; ) {
    if (job && isTerminal(pipelineState(job))) return result("finished");
    if (options.signal?.aborted) return result("aborted");
    const now = clock.now();
    if (now >= deadline) return result("timed-out");
    try {
      await clock.sleep(Math.min(pollDelayMs(polls, now - started), deadline - now), options.signal);
    } catch (error) {
      if (options.signal?.aborted) return result("aborted");
      throw error;
    }
    polls++;
    try {
      [job] = await connection.pipelines().getPipelineJob(
        { name },
        { timeout: READ_TIMEOUT_MS, ...options.signal ? { signal: options.signal } : {} }
      );
      consecutiveErrors = 0;
      report(job);
    } catch (error) {
      if (options.signal?.aborted) return result("aborted");
      if (!isTransient(error) || ++consecutiveErrors > MAX_CONSECUTIVE_ERRORS) {
        throw new VertexCallError(`Getting pipeline job ${name}`, error);
      }
      options.onPollError?.(error, consecutiveErrors);
    }
  }
}

// packages/vertex/src/labels.ts
var MAX_LABELS = 64;
var MAX_CHARS = 63;
var MAX_BYTES = 127;
var KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]*$/u;
var VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]*$/u;
var NOT_ALLOWED = /[^\p{Ll}\p{Lo}\p{N}_-]/gu;
var LABEL_RULES = 'lowercase letters, digits, "_" and "-", at most 63 characters; keys start with a letter';
function labelProblem(key, value) {
  if (key === "") return "its key is empty";
  if (!KEY.test(key))
    return `its key ${JSON.stringify(key)} must start with a lowercase letter and hold only ${LABEL_RULES}`;
  if (!VALUE.test(value)) return `its value ${JSON.stringify(value)} may hold only ${LABEL_RULES}`;
  if (tooLong(key) || tooLong(value)) return "it is longer than 63 characters (or 127 bytes)";
  return void 0;
}
function sanitizeLabelValue(text) {
  return truncate(text.toLowerCase().replace(NOT_ALLOWED, "_"));
}
function sanitizeLabelKey(text) {
  const value = sanitizeLabelValue(text);
  return KEY.test(value) ? value : truncate(`l_${value}`);
}
function tooLong(text) {
  return [...text].length > MAX_CHARS || Buffer.byteLength(text) > MAX_BYTES;
}
function truncate(text) {
  let chars = [...text].slice(0, MAX_CHARS);
  while (Buffer.byteLength(chars.join("")) > MAX_BYTES) chars = chars.slice(0, -1);
  return chars.join("");
}

// packages/vertex/src/struct.ts
var import_helpers = __toESM(require_helpers(), 1);
function toStruct(object) {
  return (0, import_helpers.toValue)(object).structValue;
}
function toProtoValue(value) {
  return (0, import_helpers.toValue)(value);
}

// packages/vertex/src/submit.ts
var JobIdTakenError = class extends Error {
  jobName;
  constructor(jobName, difference) {
    const what = {
      "other-spec": "was created from a different pipeline spec",
      "other-config": "runs the same spec with different parameters or settings (pipeline root, service account, network, key)",
      unlabelled: "was not created by this action (it has no mlops-spec-sha256 label), so it cannot be told apart from another run"
    }[difference];
    super(
      `Pipeline job ${jobName} already exists and ${what}. A job id names one run: set job-id to a new id, or delete that job.`
    );
    this.name = "JobIdTakenError";
    this.jobName = jobName;
  }
};
async function submitPipelineJob(connection, request, options = {}) {
  const fingerprint = fingerprintOf(request.specSha256, settingsOf(request));
  for (const earlierId of options.earlierJobIds ?? []) {
    const earlier = await findPipelineJob(connection, pipelineJobName(connection, earlierId), options);
    if (earlier && reusable(earlier, fingerprint))
      return { outcome: "attached", job: earlier, via: "earlier-attempt" };
  }
  const pipelineJob = pipelineJobMessage(request, fingerprint);
  try {
    const [job] = await withRetry(
      () => connection.pipelines().createPipelineJob(
        { parent: connection.parent, pipelineJobId: request.jobId, pipelineJob },
        { timeout: options.timeoutMs ?? CREATE_TIMEOUT_MS }
      ),
      {
        clock: options.clock ?? systemClock,
        ...options.signal ? { signal: options.signal } : {},
        ...options.onRetry ? { onRetry: options.onRetry } : {}
      }
    );
    return { outcome: "created", job };
  } catch (error) {
    if (grpcCode(error) !== GRPC.ALREADY_EXISTS) {
      throw new VertexCallError(`Creating pipeline job ${request.jobId} in ${connection.parent}`, error);
    }
  }
  const name = pipelineJobName(connection, request.jobId);
  const existing = await findPipelineJob(connection, name, options);
  if (!existing)
    throw new Error(`Vertex AI said pipeline job ${name} already exists, then that it does not.`);
  const comparison = compareFingerprint(existing.labels, fingerprint);
  if (comparison !== "same") throw new JobIdTakenError(name, comparison);
  return { outcome: "attached", job: existing, via: "same-id" };
}
function reusable(job, fingerprint) {
  const state = pipelineState(job);
  const ended = isTerminal(state) && state !== "SUCCEEDED";
  return compareFingerprint(job.labels, fingerprint) === "same" && !ended && state !== "CANCELLING";
}
function settingsOf(request) {
  return {
    runtimeConfig: request.runtimeConfig,
    serviceAccount: request.serviceAccount,
    network: request.network,
    encryptionKey: request.encryptionKey,
    templateUri: request.templateUri
  };
}
function pipelineJobMessage(request, fingerprint) {
  const { runtimeConfig } = request;
  const job = {
    displayName: request.displayName,
    pipelineSpec: toStruct(request.pipelineSpec),
    labels: { ...request.labels, ...fingerprintLabels(fingerprint) },
    runtimeConfig: {
      ...runtimeConfig.gcsOutputDirectory ? { gcsOutputDirectory: runtimeConfig.gcsOutputDirectory } : {},
      ...runtimeConfig.parameterValues ? {
        parameterValues: Object.fromEntries(
          Object.entries(runtimeConfig.parameterValues).map(([key, value]) => [key, toProtoValue(value)])
        )
      } : {},
      ...runtimeConfig.parameters ? { parameters: runtimeConfig.parameters } : {},
      ...runtimeConfig.failurePolicy ? { failurePolicy: runtimeConfig.failurePolicy } : {}
    }
  };
  if (request.templateUri) job.templateUri = request.templateUri;
  if (request.serviceAccount) job.serviceAccount = request.serviceAccount;
  if (request.network) job.network = request.network;
  if (request.encryptionKey) job.encryptionSpec = { kmsKeyName: request.encryptionKey };
  return job;
}

// packages/vertex/src/templates.ts
var KFP_HOST = /^[a-z]+(?:-[a-z]+)+\d+-kfp\.pkg\.dev$/;
var LOOPBACK2 = "127.0.0.1";
var TEMPLATE_URL_FORM = "https://<region>-kfp.pkg.dev/<project>/<repository>/<package>/<tag or version>";
function looksLikeUrl(text) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}
function parseTemplateUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return { problem: "it is not a valid URL" };
  }
  if (url.username || url.password) return { problem: "it must not carry credentials" };
  const local = url.hostname === LOOPBACK2;
  if (url.protocol !== "https:" && !(local && url.protocol === "http:")) {
    return { problem: "it must use https (plain http only for a 127.0.0.1 stand-in)" };
  }
  if (!local && !KFP_HOST.test(url.hostname)) {
    return {
      problem: `only Artifact Registry's Kubeflow Pipelines hosts (<region>-kfp.pkg.dev) are accepted, since the download carries your access token`
    };
  }
  const segments = url.pathname.split("/").filter(Boolean);
  if (!local && segments.length !== 4) {
    return { problem: "its path must be /<project>/<repository>/<package>/<tag or version>" };
  }
  return url;
}
var TemplateDownloadError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "TemplateDownloadError";
  }
};
var DOWNLOAD_TIMEOUT_MS = 6e4;
var MAX_BYTES2 = 64 * 1024 * 1024;
async function fetchPipelineTemplate(url, auth) {
  const headers = await auth.getRequestHeaders(url.href);
  let response;
  try {
    response = await fetch(url, {
      headers,
      // A redirect could lead the token elsewhere; Artifact Registry answers directly.
      redirect: "error",
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS)
    });
  } catch (error) {
    const reason = error instanceof Error ? error.cause instanceof Error ? error.cause.message : error.message : String(error);
    throw new TemplateDownloadError(`Downloading the pipeline template ${url.href} failed: ${reason}.`);
  }
  if (!response.ok) {
    const advice = response.status === 401 || response.status === 403 ? " The credentials need the Artifact Registry Reader role (roles/artifactregistry.reader) on the repository." : response.status === 404 ? " Check the project, repository, package and tag or version." : "";
    throw new TemplateDownloadError(
      `Downloading the pipeline template ${url.href} failed: HTTP ${response.status} ${response.statusText}.${advice}`
    );
  }
  const length = Number(response.headers.get("content-length") ?? 0);
  if (length > MAX_BYTES2)
    throw new TemplateDownloadError(`The pipeline template ${url.href} is larger than 64 MiB.`);
  return await response.text();
}

export {
  systemClock,
  GRPC,
  grpcCode,
  isTransient,
  describeGrpcError,
  VertexCallError,
  pipelineJobName,
  findPipelineJob,
  getPipelineJob,
  cancelPipelineJob,
  listPipelineJobs,
  modelName,
  findModel,
  listModels,
  pollDelayMs,
  jobState,
  createBatchPredictionJob,
  getBatchPredictionJob,
  listBatchPredictionJobs,
  cancelBatchPredictionJob,
  waitForBatchPredictionJob,
  applicationDefaultAuth,
  regionalEndpoint,
  endpointAddress,
  API_ENDPOINT_FORMS,
  parseApiEndpoint,
  connectVertex,
  SPEC_LABEL,
  CONFIG_LABEL,
  canonicalJson,
  pipelineState,
  isTerminal,
  taskViews,
  jobIdOf,
  consoleUrl,
  JobChangeTracker,
  followPipelineJob,
  MAX_LABELS,
  LABEL_RULES,
  labelProblem,
  sanitizeLabelValue,
  sanitizeLabelKey,
  JobIdTakenError,
  submitPipelineJob,
  TEMPLATE_URL_FORM,
  looksLikeUrl,
  parseTemplateUrl,
  TemplateDownloadError,
  fetchPipelineTemplate
};
